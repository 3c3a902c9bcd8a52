import { createSessionExpiry, REDIRECT_MARKER_KEY, type PageLocation } from './session_expiry';

const createLocation = (): PageLocation & { assign: jest.Mock } => ({
  pathname: '/s/blue/app/simpleHttpInvestigation/alerts/a b',
  search: '?tab=history',
  hash: '#notes',
  assign: jest.fn(),
});

const createStorage = () => {
  const items = new Map<string, string>();

  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
};

describe('createSessionExpiry', () => {
  it('goes to login with next', () => {
    const location = createLocation();

    expect(createSessionExpiry(location, createStorage()).redirectToLogin()).toBe(true);
    expect(location.assign).toHaveBeenCalledWith(
      '/login?next=' +
        encodeURIComponent('/s/blue/app/simpleHttpInvestigation/alerts/a b?tab=history#notes')
    );
  });

  it('redirects once per page', () => {
    const location = createLocation();
    const expiry = createSessionExpiry(location, createStorage());

    expect(expiry.redirectToLogin()).toBe(true);
    expect(expiry.redirectToLogin()).toBe(true);
    expect(location.assign).toHaveBeenCalledTimes(1);
  });

  it('stays after a redirect without success', () => {
    const storage = createStorage();
    createSessionExpiry(createLocation(), storage).redirectToLogin();
    const location = createLocation();

    // The next page load got a 401 again before any request succeeded.
    expect(createSessionExpiry(location, storage).redirectToLogin()).toBe(false);
    expect(location.assign).not.toHaveBeenCalled();
  });

  it('redirects again after a success', () => {
    const storage = createStorage();
    createSessionExpiry(createLocation(), storage).redirectToLogin();
    const location = createLocation();
    const expiry = createSessionExpiry(location, storage);

    expiry.markAuthenticated();

    expect(storage.getItem(REDIRECT_MARKER_KEY)).toBeNull();
    expect(expiry.redirectToLogin()).toBe(true);
    expect(location.assign).toHaveBeenCalledTimes(1);
  });

  it('redirects without storage', () => {
    const location = createLocation();

    expect(createSessionExpiry(location, null).redirectToLogin()).toBe(true);
    expect(location.assign).toHaveBeenCalledTimes(1);
  });

  it('redirects when storage throws', () => {
    const location = createLocation();
    const failing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };

    expect(createSessionExpiry(location, failing).redirectToLogin()).toBe(true);
    expect(location.assign).toHaveBeenCalledTimes(1);
  });
});
