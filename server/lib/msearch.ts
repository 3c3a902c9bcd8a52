import type { estypes } from '@elastic/elasticsearch';

/** An `_msearch` item that failed; the route maps it to 503 with the section's name. */
export class MsearchItemError extends Error {
  constructor(
    readonly section: string,
    readonly reason: string
  ) {
    super(`The ${section} search failed: ${reason}`);
    this.name = 'MsearchItemError';
  }
}

/** Returns the item's search response, or throws when the engine reported an error for it. */
export function assertMsearchItem<T>(
  item: estypes.MsearchResponseItem<T> | undefined,
  section: string
): estypes.MsearchMultiSearchItem<T> {
  if (item === undefined) {
    throw new MsearchItemError(section, 'no response');
  }
  if ('error' in item) {
    throw new MsearchItemError(section, item.error.reason ?? item.error.type);
  }
  return item;
}
