import { API_VERSION } from '../common/constants';
import {
  createApiClient,
  getApiErrorDetails,
  isAbortError,
  readConflictCurrent,
} from './api_client';
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

describe('investigation calls', () => {
  const alertPath = '/api/simple_http_investigation/alerts/alert-1/investigation';

  it('gets the investigation', async () => {
    const { http, fetch } = createHttp();

    await createApiClient(http).getInvestigation('alert-1');

    expect(fetch.mock.calls[0][0]).toBe(alertPath);
    expect(fetch.mock.calls[0][1]).toMatchObject({ method: 'GET', version: API_VERSION });
  });

  it('starts with and without an assignee', async () => {
    const { http, fetch } = createHttp();
    const api = createApiClient(http);

    await api.startInvestigation('alert-1');
    await api.startInvestigation('alert-1', 'bob');

    expect(fetch.mock.calls[0][0]).toBe(alertPath);
    expect(fetch.mock.calls[0][1]).toMatchObject({ method: 'POST', body: '{}' });
    expect(fetch.mock.calls[1][1].body).toBe('{"assignee":"bob"}');
  });

  it('patches with the version', async () => {
    const { http, fetch } = createHttp();
    const body = { version: 'v1', steps: [{ item_id: 'investigation-1', checked: true }] };

    await createApiClient(http).updateInvestigation('alert-1', body);

    expect(fetch.mock.calls[0][1]).toMatchObject({ method: 'PATCH', version: API_VERSION });
    expect(JSON.parse(fetch.mock.calls[0][1].body)).toEqual(body);
  });

  it('posts the transitions', async () => {
    const { http, fetch } = createHttp();
    const api = createApiClient(http);

    await api.submitInvestigation('alert-1', 'v1');
    await api.approveInvestigation('alert-1', 'v2', '  ');
    await api.approveInvestigation('alert-1', 'v2', 'Fine');
    await api.returnInvestigation('alert-1', 'v3', 'Check the clients');

    const calls = fetch.mock.calls.map(([path, options]) => [path, JSON.parse(options.body)]);
    expect(calls).toEqual([
      [`${alertPath}/_submit`, { version: 'v1' }],
      [`${alertPath}/_approve`, { version: 'v2' }],
      [`${alertPath}/_approve`, { version: 'v2', comment: 'Fine' }],
      [`${alertPath}/_return`, { version: 'v3', comment: 'Check the clients' }],
    ]);
  });

  it('lists investigations without blank filters', async () => {
    const { http, fetch } = createHttp();

    await createApiClient(http).listInvestigations({ status: 'submitted', analyst: ' ', page: 2 });

    expect(fetch.mock.calls[0][0]).toBe('/api/simple_http_investigation/investigations');
    expect(fetch.mock.calls[0][1].query).toEqual({ status: 'submitted', page: 2 });
  });

  it('encodes the investigation id', async () => {
    const { http, fetch } = createHttp();
    const api = createApiClient(http);

    await api.getInvestigationHistory('default:alert-1');
    await api.getInvestigationReport('default:alert-1');

    expect(fetch.mock.calls[0][0]).toBe(
      '/api/simple_http_investigation/investigations/default%3Aalert-1/history'
    );
    expect(fetch.mock.calls[1][0]).toBe(
      '/api/simple_http_investigation/investigations/default%3Aalert-1/report'
    );
  });
});

describe('readConflictCurrent', () => {
  it('reads the current record of a 409', () => {
    const current = { version: 'v2', status: 'in_progress' };
    const error = { body: { statusCode: 409, message: 'Conflict', attributes: { current } } };

    expect(readConflictCurrent(error)).toBe(current);
  });

  it('returns null for other errors', () => {
    expect(readConflictCurrent({ body: { statusCode: 400, message: 'Bad Request' } })).toBeNull();
    expect(readConflictCurrent({ body: { statusCode: 409, message: 'Conflict' } })).toBeNull();
    expect(readConflictCurrent(new Error('Failed to fetch'))).toBeNull();
  });
});
