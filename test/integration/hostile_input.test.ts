import http from 'node:http';

import { API_BASE_PATH, API_PATHS, API_VERSION } from '../../common/constants';
import { MAX_PAYLOAD_BYTES } from '../../standalone/host/error_responses';
import { basicAuthorization, hostUrl, testUser } from './helpers';

interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

/**
 * The preview route needs only the read privilege and saves nothing, so hostile bodies sent
 * to it cannot change the shared host's data whatever the outcome.
 */
const PREVIEW_PATH = API_PATHS.exceptionPreview;

/** Sends a request as the admin with the API headers, the body exactly as given. */
async function send(
  path: string,
  init: { method?: string; body?: BodyInit; headers?: Record<string, string> } = {}
): Promise<RawResponse> {
  const response = await fetch(new URL(path, hostUrl()), {
    method: init.method ?? 'GET',
    body: init.body,
    headers: {
      'elastic-api-version': API_VERSION,
      'kbn-xsrf': 'integration-test',
      authorization: basicAuthorization(testUser('admin')),
      ...init.headers,
    },
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

async function postPreview(body: BodyInit, contentType: string): Promise<RawResponse> {
  return send(PREVIEW_PATH, { method: 'POST', body, headers: { 'content-type': contentType } });
}

/**
 * Streams a body of `bytes` bytes without a content length, so the server counts the
 * chunks as they arrive. Returns the response, or `reset` when the connection closed first:
 * hapi 21 destroys the request stream at the limit, so the client may see a reset before
 * the 413 arrives.
 */
function postChunked(path: string, bytes: number): Promise<RawResponse | 'reset'> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = http.request(new URL(path, hostUrl()), {
      method: 'POST',
      headers: {
        'elastic-api-version': API_VERSION,
        'kbn-xsrf': 'integration-test',
        'content-type': 'application/json',
        authorization: basicAuthorization(testUser('admin')),
      },
    });
    request.on('response', (response) => {
      answered = true;
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers['content-type'] ?? '',
          text,
        })
      );
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (answered) {
        return;
      }
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') {
        resolve('reset');
      } else {
        reject(error);
      }
    });

    const chunk = 'x'.repeat(64 * 1024);
    let written = 0;
    const writeNext = () => {
      while (!answered && !request.destroyed && written < bytes) {
        written += chunk.length;
        if (!request.write(chunk)) {
          request.once('drain', writeNext);
          return;
        }
      }
      request.end();
    };
    writeNext();
  });
}

/** Checks that a response text carries no stack frame and no path of the host's files. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(/\bat \S+ \(.*:\d+:\d+\)/);
  expect(text).not.toMatch(/\bat (\/|file:|node:)\S*:\d+:\d+/);
  expect(text).not.toContain('node_modules');
  expect(text).not.toMatch(/\.ts:\d/);
  expect(text).not.toContain(process.cwd());
}

/** Checks an error response: one of the statuses, and exactly Kibana's error body. */
function expectErrorResponse(response: RawResponse, statuses: readonly number[]) {
  expect(statuses).toContain(response.status);
  expectNoInternals(response.text);
  expect(response.contentType).toContain('application/json');

  const body: unknown = JSON.parse(response.text);
  expect(body).toEqual({
    statusCode: response.status,
    error: expect.any(String),
    message: expect.any(String),
  });
  return body as { statusCode: number; error: string; message: string };
}

/** A JSON object of exactly `bytes` bytes with one unknown field. */
function jsonOfSize(bytes: number): string {
  const frame = '{"padding":""}';
  return `{"padding":"${'x'.repeat(bytes - frame.length)}"}`;
}

describe('hostile input', () => {
  describe('body size', () => {
    it('rejects a body over the limit with 413', async () => {
      const response = await postPreview(jsonOfSize(MAX_PAYLOAD_BYTES + 1), 'application/json');

      const body = expectErrorResponse(response, [413]);
      expect(body.message).toContain(String(MAX_PAYLOAD_BYTES));
    });

    it('stops reading a chunked body over the limit', async () => {
      const response = await postChunked(PREVIEW_PATH, MAX_PAYLOAD_BYTES + 64 * 1024);

      if (response !== 'reset') {
        expectErrorResponse(response, [413]);
      }
      const next = await send(`${API_PATHS.alerts}?per_page=1`);
      expect(next.status).toBe(200);
    });

    it('reads a body of exactly the limit', async () => {
      const response = await postPreview(jsonOfSize(MAX_PAYLOAD_BYTES), 'application/json');

      const body = expectErrorResponse(response, [400]);
      expect(body.message).toContain('[padding]');
    });
  });

  describe('body format', () => {
    it.each([
      ['a truncated object', '{"entries": ['],
      ['a trailing comma', '{"entries": [],}'],
      ['single quotes', "{'entries': []}"],
      ['a missing comma', '{"entries": [] "start": "now-1d"}'],
    ])('rejects malformed JSON: %s', async (_name, text) => {
      const response = await postPreview(text, 'application/json');

      const body = expectErrorResponse(response, [400]);
      expect(body.message).toContain('JSON');
    });

    it('rejects a __proto__ key', async () => {
      const response = await postPreview('{"__proto__": {"isAdmin": true}}', 'application/json');

      expectErrorResponse(response, [400]);
    });

    it.each(['[]', '"entries"', '42', 'null', 'true'])(
      'rejects the JSON value %s as the body',
      async (text) => {
        const response = await postPreview(text, 'application/json');

        expectErrorResponse(response, [400]);
      }
    );

    it.each([
      ['text/plain', '{"entries": []}'],
      ['application/x-www-form-urlencoded', 'entries=a&start=now-1d'],
      [
        'multipart/form-data; boundary=b',
        '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--',
      ],
      ['application/xml', '<entries/>'],
      ['application/octet-stream', 'entries'],
    ])('rejects a %s body on a write', async (contentType, text) => {
      const response = await postPreview(text, contentType);

      expectErrorResponse(response, [400, 415]);
    });

    it('rejects a form body that the route schema would accept', async () => {
      // The fields are what the schema asks for, so only the content type can reject them.
      const path = API_PATHS.exceptionReject.replace('{id}', 'no-such-exception');
      const response = await send(path, {
        method: 'POST',
        body: 'version=a&comment=benign',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });

      expectErrorResponse(response, [415]);
    });
  });

  describe('path parameters', () => {
    const hostileIds = [
      '..%2F..%2Fetc%2Fpasswd',
      '..%2F',
      '%2E%2E',
      '%00',
      'a%00b',
      'a%2Fb',
      'a%5Cb',
      '%5C..%5C..%5Cwindows',
      '%25',
      '%E0%A4%A',
      '%F0%9F%92%A9',
      'a%20b',
      'a%0D%0ASet-Cookie%3A%20x',
      'x'.repeat(5_000),
    ];
    const templates = [
      API_PATHS.alertEvidence,
      API_PATHS.alertInvestigation,
      API_PATHS.exception,
      API_PATHS.exceptionHistory,
      API_PATHS.investigationHistory,
    ];
    const cases = templates.flatMap((template) =>
      hostileIds.map((id) => ({
        template,
        id: id.length > 40 ? `${id.slice(0, 10)}... (${id.length} characters)` : id,
        path: template.replace(/\{\w+\}/, id),
      }))
    );

    it.each(cases)('rejects $id in $template', async ({ path }) => {
      const response = await send(path);

      expectErrorResponse(response, [400, 404]);
    });

    it.each([
      `${API_BASE_PATH}/alerts/a/b/evidence`,
      `${API_BASE_PATH}/alerts/a\\b/evidence`,
      `${API_BASE_PATH}/alerts/../../../etc/passwd`,
      `${API_BASE_PATH}/exceptions/a/b`,
    ])('returns 400 or 404 for the raw path %s', async (path) => {
      const response = await send(path);

      expectErrorResponse(response, [400, 404]);
    });

    it('rejects a path id on a write without running it', async () => {
      const response = await send(API_PATHS.exception.replace('{id}', '..%2F..%2Fx'), {
        method: 'DELETE',
      });

      const body = expectErrorResponse(response, [400]);
      expect(body.message).toContain('[id]');
    });
  });

  describe('query parameters', () => {
    it.each([
      `${API_PATHS.alerts}?per_page=1&no_such_parameter=1`,
      `${API_PATHS.exceptions}?no_such_parameter=1`,
      `${API_PATHS.alertEvidence.replace('{alert_id}', 'abc')}?pretty=true`,
      `${API_PATHS.alerts}?__proto__=1`,
      `${API_PATHS.alerts}?constructor=1`,
    ])('rejects an unknown parameter: %s', async (path) => {
      const response = await send(path);

      const body = expectErrorResponse(response, [400]);
      expect(body.message).toContain('unknown query parameter');
    });

    it.each([
      `${API_PATHS.alerts}?per_page=1&per_page=2`,
      `${API_PATHS.investigations}?status=submitted&status=approved`,
      `${API_PATHS.exceptions}?page=1&page=1`,
    ])('rejects a repeated parameter: %s', async (path) => {
      const response = await send(path);

      const body = expectErrorResponse(response, [400]);
      expect(body.message).toContain('must be given once');
    });

    it('rejects a repeated parameter on a write', async () => {
      const path = `${API_PATHS.exception.replace('{id}', 'abc')}?version=a&version=b`;
      const response = await send(path, { method: 'DELETE' });

      const body = expectErrorResponse(response, [400]);
      expect(body.message).toContain('[version]: must be given once');
    });
  });

  describe('routes', () => {
    it('returns 404 for an unknown API route', async () => {
      const response = await send(`${API_BASE_PATH}/no_such_route`);

      const body = expectErrorResponse(response, [404]);
      expect(body.error).toBe('Not Found');
    });

    it('returns 404 or 405 for a method the route lacks', async () => {
      const response = await send(API_PATHS.alerts, { method: 'DELETE' });

      expectErrorResponse(response, [404, 405]);
    });

    it('returns 404 for a missing browser bundle', async () => {
      const response = await send('/bundles/no_such_bundle.js');

      expectErrorResponse(response, [404]);
    });
  });

  describe('headers', () => {
    it('rejects an unknown API version', async () => {
      const response = await send(API_PATHS.alerts, {
        headers: { 'elastic-api-version': '../../1999-01-01' },
      });

      const body = expectErrorResponse(response, [400]);
      expect(body.message).toContain('No version');
    });

    it('returns 401 for a malformed authorization header', async () => {
      const response = await send(API_PATHS.alerts, {
        headers: { authorization: 'Basic %%%not-base64%%%' },
      });

      expectErrorResponse(response, [401]);
    });
  });
});
