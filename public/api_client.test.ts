import { API_VERSION } from '../common/constants';
import { createApiClient, getApiErrorDetails, isAbortError } from './api_client';
import type { HttpStart } from './kibana_contracts';

const createHttp = () => {
  const fetch = jest.fn().mockResolvedValue({});
  const http = { fetch } as unknown as HttpStart;

  return { http, fetch };
};

describe('createApiClient', () => {
  it('sends version and query', async () => {
    const { http, fetch } = createHttp();
    const signal = new AbortController().signal;

    await createApiClient(http).listAlerts(
      { start: 'now-7d', status: 'open', host: 'web-01', page: 2, per_page: 50 },
      signal
    );

    expect(fetch).toHaveBeenCalledWith('/api/simple_http_investigation/alerts', {
      method: 'GET',
      version: API_VERSION,
      query: { start: 'now-7d', status: 'open', host: 'web-01', page: 2, per_page: 50 },
      signal,
    });
  });

  it('omits unset and blank parameters', async () => {
    const { http, fetch } = createHttp();

    await createApiClient(http).listAlerts({ search: '  ', user: undefined, page: 1 });

    expect(fetch.mock.calls[0][1].query).toEqual({ page: 1 });
  });

  it('encodes the alert id', async () => {
    const { http, fetch } = createHttp();

    await createApiClient(http).getAlertEvidence('a/b c');

    expect(fetch.mock.calls[0][0]).toBe('/api/simple_http_investigation/alerts/a%2Fb%20c/evidence');
    expect(fetch.mock.calls[0][1].version).toBe(API_VERSION);
  });

  it('requests the checklists of an alert', async () => {
    const { http, fetch } = createHttp();

    await createApiClient(http).getAlertChecklists('alert-1');

    expect(fetch.mock.calls[0][0]).toBe('/api/simple_http_investigation/alerts/alert-1/checklists');
    expect(fetch.mock.calls[0][1].version).toBe(API_VERSION);
  });
});

describe('getApiErrorDetails', () => {
  it('reads the error body', () => {
    const error = Object.assign(new Error('Bad Request'), {
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: '[request query.start]: must be before end',
      },
    });

    expect(getApiErrorDetails(error)).toEqual({
      statusCode: 400,
      message: '[request query.start]: must be before end',
    });
  });

  it('falls back to response status', () => {
    const error = Object.assign(new Error('Internal Server Error'), { response: { status: 500 } });

    expect(getApiErrorDetails(error)).toEqual({
      statusCode: 500,
      message: 'Internal Server Error',
    });
  });

  it('reports a network failure without a status', () => {
    expect(getApiErrorDetails(new TypeError('Failed to fetch'))).toEqual({
      statusCode: null,
      message: 'Failed to fetch',
    });
  });
});

describe('isAbortError', () => {
  it('recognises an aborted request', () => {
    expect(isAbortError(new DOMException('The operation was aborted.', 'AbortError'))).toBe(true);
    expect(isAbortError(new Error('Bad Request'))).toBe(false);
  });
});
