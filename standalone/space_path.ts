import { DEFAULT_SPACE_ID } from '../common/constants';

/** Space ids as Kibana allows them: lower-case letters, digits, `_` and `-`. */
export const SPACE_ID_PATTERN = /^[a-z0-9_-]+$/;

/** A `/s/<space_id>` prefix, as Kibana puts in front of every path of a space. */
const SPACE_PREFIX = /^\/s\/([^/]+)(\/.*)?$/;

/** The space a URL path addresses, and the path without the space's prefix. */
export interface SpacePath {
  spaceId: string;
  /** `/s/<space_id>` when the path has the prefix, otherwise empty (the default space). */
  basePath: string;
  /** The rest of the path, always starting with `/`. */
  path: string;
}

/**
 * Splits a URL path into its space and the rest, as Kibana's spaces plugin reads it: a
 * path without a `/s/<space_id>` prefix belongs to the default space. The space id is
 * returned as written, so the caller checks it against the spaces it serves.
 */
export function readSpacePath(pathname: string): SpacePath {
  const match = SPACE_PREFIX.exec(pathname);
  const spaceId = match?.[1];

  if (match === null || spaceId === undefined) {
    return { spaceId: DEFAULT_SPACE_ID, basePath: '', path: pathname };
  }

  return { spaceId, basePath: `/s/${spaceId}`, path: match[2] ?? '/' };
}
