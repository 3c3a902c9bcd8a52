/** The host's login page, which is outside every space. */
const LOGIN_PATH = '/login';

/** Set while a redirect to the login page waits for a request that succeeds. */
export const REDIRECT_MARKER_KEY = 'simpleHttpInvestigation.standalone.sessionExpiredRedirect';

/** The page location members the redirect reads and calls. */
export type PageLocation = Pick<Location, 'pathname' | 'search' | 'hash' | 'assign'>;

/** The `sessionStorage` members the redirect uses. */
export type MarkerStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Sends the browser to the login page when the session has expired: once per page, and not
 * again until a request has succeeded.
 */
export interface SessionExpiry {
  /**
   * Goes to the login page with `next` set to the current path and returns true, or returns
   * false without leaving when an earlier redirect was not followed by a successful request.
   */
  redirectToLogin(): boolean;
  /** Records an authenticated response, so the next 401 redirects again. */
  markAuthenticated(): void;
}

/** Reads, writes or removes the marker, and treats an unusable storage as an empty one. */
const tryStorage = <T>(action: () => T, fallback: T): T => {
  try {
    return action();
  } catch {
    return fallback;
  }
};

/**
 * Creates the handler for a 401 from the API. A marker in `storage` stops a loop when signing
 * in does not help, for example when the browser drops the session cookie. The second 401 in
 * a row then leaves the page where it is, and its request fails as any other.
 */
export const createSessionExpiry = (
  location: PageLocation,
  storage: MarkerStorage | null
): SessionExpiry => {
  let redirecting = false;

  return {
    redirectToLogin: () => {
      if (redirecting) {
        return true;
      }

      const redirectedBefore =
        storage !== null && tryStorage(() => storage.getItem(REDIRECT_MARKER_KEY) !== null, false);

      if (redirectedBefore) {
        return false;
      }

      redirecting = true;
      tryStorage(() => storage?.setItem(REDIRECT_MARKER_KEY, '1'), undefined);
      const next = `${location.pathname}${location.search}${location.hash}`;
      location.assign(`${LOGIN_PATH}?next=${encodeURIComponent(next)}`);

      return true;
    },
    markAuthenticated: () => {
      tryStorage(() => storage?.removeItem(REDIRECT_MARKER_KEY), undefined);
    },
  };
};
