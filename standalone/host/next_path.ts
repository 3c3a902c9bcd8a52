import { APP_PATH } from '../../common/constants';

const BASE = 'http://host.invalid';
const LOGIN_PATHS = ['/login', '/logout'];

/**
 * Returns where to go after signing in: `next` when it is a path on this host, otherwise
 * the app. An absolute URL, a scheme-relative `//host` or a `/\host` path (which browsers
 * read as `//host`) would send the user to another site, so they fall back to the app.
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
  if (url.origin !== BASE || LOGIN_PATHS.includes(url.pathname)) {
    return APP_PATH;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}
