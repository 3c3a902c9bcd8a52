const CURRENT_USER_PATH = '/internal/security/me';

/** The members of Kibana's `AuthenticatedUser` that the standalone page reads. */
export interface CurrentUser {
  username: string;
  roles: string[];
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Reads the `/internal/security/me` response body, or returns null when it has another shape. */
export const parseCurrentUser = (body: unknown): CurrentUser | null => {
  if (typeof body !== 'object' || body === null) {
    return null;
  }

  const username = 'username' in body ? body.username : undefined;
  const roles = 'roles' in body ? body.roles : undefined;

  if (typeof username !== 'string' || !isStringArray(roles)) {
    return null;
  }

  return { username, roles };
};

/**
 * Fetches the signed-in user. Returns null when the request fails or there is no session, so
 * the page grants nothing and its first API call sends the browser to the login page.
 */
export const fetchCurrentUser = async (
  fetch: typeof window.fetch
): Promise<CurrentUser | null> => {
  try {
    const response = await fetch(CURRENT_USER_PATH, { credentials: 'same-origin' });

    return response.ok ? parseCurrentUser(await response.json()) : null;
  } catch (error) {
    console.error('Reading the signed-in user failed', error);

    return null;
  }
};
