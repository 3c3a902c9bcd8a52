import type { estypes } from '@elastic/elasticsearch';

import type { EventRef } from '../../../common/api/evidence';
import { ECS_FIELDS } from '../../../common/ecs_fields';
import { getString } from '../../../common/get_field';

/** One search hit with the parts the evidence reads. */
export interface SourceHit {
  id: string;
  index: string;
  source: unknown;
}

/** Converts search hits, dropping any hit without an `_id` or `_source`. */
export function toSourceHits(hits: Array<estypes.SearchHit<unknown>>): SourceHit[] {
  const result: SourceHit[] = [];
  for (const hit of hits) {
    if (hit._id !== undefined && hit._source !== undefined && hit._source !== null) {
      result.push({ id: hit._id, index: hit._index, source: hit._source });
    }
  }
  return result;
}

export function toEventRef(hit: SourceHit): EventRef {
  return { id: hit.id, index: hit.index };
}

/** Returns the document's `@timestamp`, or null when it is missing. */
export function getTimestamp(hit: SourceHit): string | null {
  return getString(hit.source, ECS_FIELDS.timestamp);
}

/** Returns milliseconds since the epoch for an ISO date, or null when it is missing or invalid. */
export function toEpochMs(date: string | null): number | null {
  if (date === null) {
    return null;
  }
  const time = Date.parse(date);
  return Number.isNaN(time) ? null : time;
}

/** Sorts by `@timestamp`, oldest first, keeping documents without a time last. */
export function compareByTimestamp(left: SourceHit, right: SourceHit): number {
  const leftTime = toEpochMs(getTimestamp(left)) ?? Number.POSITIVE_INFINITY;
  const rightTime = toEpochMs(getTimestamp(right)) ?? Number.POSITIVE_INFINITY;
  if (leftTime === rightTime) {
    return 0;
  }
  return leftTime < rightTime ? -1 : 1;
}

/** Removes repeated refs, keeping the first of each `index`/`id` pair. */
export function uniqueRefs(refs: EventRef[]): EventRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = `${ref.index}\u0000${ref.id}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
