import { APP_PATH } from '../../common/constants';

const BASE = 'http://host.invalid';
/** App pages, in the default space or under `/s/<space_id>`: the only pages that send users to sign in. */
const APP_PAGE = /^(\/s\/[a-z0-9_-]+)?\/app(\/|$)/;

/**
 * Returns where to go after signing in: `next` when it is an app page on this host, otherwise
 * the app. An absolute URL, a scheme-relative `//host` or a `/\host` path (which browsers
 * read as `//host`) would send the user to another site, so they fall back to the app. The
 * check runs again on the parsed path, because dot segments such as `/.//host` collapse into
 * `//host` when the URL is resolved.
 */
export function readNextPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || /^\/[/\\]/.test(next)) {
    return APP_PATH;
  }
  // Control characters and backslashes are never in a path the app links to.
  if (/[\u0000-\u001f\u007f\\]/.test(next)) {
    return APP_PATH;
  }
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return APP_PATH;
  }
  if (url.origin !== BASE || !APP_PAGE.test(url.pathname)) {
    return APP_PATH;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}
