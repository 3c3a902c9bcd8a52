import { createApiClient } from '../../public/api_client';
import { API_VERSION } from '../../common/constants';
import { createHttpClient, HttpFetchError } from './http_client';
import type { SessionExpiry } from './session_expiry';

const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** `outcome` is the response `fetch` resolves with, or any other value it rejects with. */
const setup = (outcome: unknown, basePath?: string, sessionExpiry?: SessionExpiry) => {
  const fetch = jest.fn<Promise<Response>, [Request]>(() =>
    outcome instanceof Response ? Promise.resolve(outcome) : Promise.reject(outcome)
  );
  const http = createHttpClient({
    fetch: fetch as unknown as typeof window.fetch,
    origin: 'http://127.0.0.1:5601',
    basePath,
    sessionExpiry,
  });

  return { http, fetch, request: () => fetch.mock.calls[0][0] };
};

describe('createHttpClient', () => {
  it('sends version, xsrf and query', async () => {
    const emptyList = { alerts: [], total: 0, page: 1, per_page: 25 };
    const { http, request } = setup(jsonResponse(200, emptyList));

    await createApiClient(http).listAlerts({ start: 'now-7d', host: 'web-01', page: 2 });

    const url = new URL(request().url);
    expect(url.pathname).toBe('/api/simple_http_investigation/alerts');
    expect(url.searchParams.get('start')).toBe('now-7d');
    expect(url.searchParams.get('host')).toBe('web-01');
    expect(url.searchParams.get('page')).toBe('2');
    expect(request().headers.get('elastic-api-version')).toBe(API_VERSION);
    expect(request().headers.get('kbn-xsrf')).toBe('true');
    expect(request().headers.get('x-elastic-internal-origin')).toBe('Kibana');
    expect(request().method).toBe('GET');
  });

  it('repeats array values and skips unset ones', async () => {
    const { http, request } = setup(jsonResponse(200, {}));

    await http.fetch('/api/test', { query: { tag: ['a', 'b'], empty: undefined, none: null } });

    expect(new URL(request().url).search).toBe('?tag=a&tag=b');
  });

  it('sends requests within the space', async () => {
    const { http, request } = setup(jsonResponse(200, {}), '/s/blue');

    await createApiClient(http).listAlerts({ page: 1 });

    expect(http.basePath.get()).toBe('/s/blue');
    expect(new URL(request().url).pathname).toBe('/s/blue/api/simple_http_investigation/alerts');
  });

  it('returns the parsed JSON body', async () => {
    const { http } = setup(jsonResponse(200, { total: 3 }));

    await expect(http.fetch('/api/test')).resolves.toEqual({ total: 3 });
  });

  it('rejects non-2xx with error body', async () => {
    const errorBody = { statusCode: 404, error: 'Not Found', message: 'Alert abc not found' };
    const { http } = setup(jsonResponse(404, errorBody));

    const error: unknown = await http.fetch('/api/test').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(HttpFetchError);
    const fetchError = error as HttpFetchError;
    expect(fetchError.message).toBe('Alert abc not found');
    expect(fetchError.body).toEqual(errorBody);
    expect(fetchError.response?.status).toBe(404);
  });

  it('uses status line for non-JSON errors', async () => {
    const response = new Response('upstream down', { status: 502, statusText: 'Bad Gateway' });
    const { http } = setup(response);

    await expect(http.fetch('/api/test')).rejects.toThrow('502 Bad Gateway');
  });

  it('names an aborted request AbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    const { http } = setup(new DOMException('This operation was aborted', 'AbortError'));

    await expect(http.fetch('/api/test', { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('wraps a network failure without a response', async () => {
    const { http } = setup(new TypeError('Failed to fetch'));

    const caught: unknown = await http.fetch('/api/test').catch((error: unknown) => error);
    const error = caught as HttpFetchError;

    expect(error.name).toBe('Error');
    expect(error.message).toBe('Failed to fetch');
    expect(error.response).toBeUndefined();
  });

  describe('on 401', () => {
    const unauthorized = () =>
      jsonResponse(401, { statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' });
    const createExpiry = (redirects: boolean) => ({
      redirectToLogin: jest.fn(() => redirects),
      markAuthenticated: jest.fn(),
    });

    it('leaves the call pending while redirecting', async () => {
      const expiry = createExpiry(true);
      const { http } = setup(unauthorized(), undefined, expiry);
      const settled = jest.fn();

      void http.fetch('/api/test').then(settled, settled);
      await new Promise((resolve) => setTimeout(resolve, 20));

      expect(expiry.redirectToLogin).toHaveBeenCalledTimes(1);
      expect(settled).not.toHaveBeenCalled();
    });

    it('rejects when not redirecting', async () => {
      const expiry = createExpiry(false);
      const { http } = setup(unauthorized(), undefined, expiry);

      await expect(http.fetch('/api/test')).rejects.toMatchObject({
        response: expect.objectContaining({ status: 401 }),
      });
      expect(expiry.markAuthenticated).not.toHaveBeenCalled();
    });

    it('marks a success authenticated', async () => {
      const expiry = createExpiry(true);
      const { http } = setup(jsonResponse(200, {}), undefined, expiry);

      await http.fetch('/api/test');

      expect(expiry.markAuthenticated).toHaveBeenCalledTimes(1);
      expect(expiry.redirectToLogin).not.toHaveBeenCalled();
    });

    it('does not redirect on 403', async () => {
      const expiry = createExpiry(true);
      const { http } = setup(jsonResponse(403, { message: 'Forbidden' }), undefined, expiry);

      await expect(http.fetch('/api/test')).rejects.toThrow('Forbidden');
      expect(expiry.redirectToLogin).not.toHaveBeenCalled();
    });
  });
});
