import net from 'node:net';
import os from 'node:os';

import { API_BASE_PATH, API_PATHS, API_PRIVILEGES, API_VERSION, APP_PATH } from '../../common/constants';
import { createLogger } from '../../standalone/host/logger';
import { startHost, type RunningHost } from '../../standalone/host/start_host';
import { readUsersFile, setUserPassword, writeUsersFile } from '../../standalone/host/users_file';
import type { Role } from '../../standalone/roles';
import { basicAuthorization, callApi, hostUrl, investigationPath, testUser, testUsersFile } from './helpers';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

/** Posts the login form without following the redirect. */
async function postLogin(
  baseUrl: string,
  fields: { username: string; password: string; next?: string },
  headers: Record<string, string> = {}
): Promise<Response> {
  return fetch(new URL('/login', baseUrl), {
    method: 'POST',
    body: new URLSearchParams({ next: '', ...fields }),
    headers,
    redirect: 'manual',
  });
}

/** Returns the `name=value` part of the session cookie a response sets. */
function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('sid='));
  return cookie?.split(';')[0] ?? '';
}

async function signIn(role: Role): Promise<string> {
  const response = await postLogin(hostUrl(), testUser(role));
  expect(response.status).toBe(303);
  return sessionCookie(response);
}

describe('authentication', () => {
  describe('without credentials', () => {
    it('returns 401 in the Kibana error shape', async () => {
      const { status, body, headers } = await callApi<ErrorBody>('/alerts', { role: 'none' });
      expect(status).toBe(401);
      expect(body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: expect.stringContaining('Authentication required'),
      });
      expect(headers.get('www-authenticate')).toContain('Basic realm=');
    });

    it('returns 401 for a write before checking kbn-xsrf', async () => {
      const { status } = await callApi(investigationPath('abc'), { method: 'POST', body: {}, role: 'none', xsrf: false });
      expect(status).toBe(401);
    });

    it('redirects the app to the login page with next', async () => {
      const response = await fetch(new URL(`${APP_PATH}/alerts/abc?tab=history`, hostUrl()), { redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(
        `/login?next=${encodeURIComponent(`${APP_PATH}/alerts/abc?tab=history`)}`
      );
    });
  });

  describe('HTTP Basic authentication', () => {
    it.each(['viewer', 'analyst', 'lead', 'admin'] as const)('lets the %s read alerts', async (role) => {
      const { status } = await callApi('/alerts', { role, query: { per_page: '1' } });
      expect(status).toBe(200);
    });

    it.each([
      ['viewer', 'POST', investigationPath('abc'), API_PRIVILEGES.investigate],
      ['viewer', 'POST', API_PATHS.exceptions.replace(API_BASE_PATH, ''), API_PRIVILEGES.manageExceptions],
      ['analyst', 'POST', investigationPath('abc', '_approve'), API_PRIVILEGES.review],
      ['analyst', 'POST', API_PATHS.exceptions.replace(API_BASE_PATH, ''), API_PRIVILEGES.manageExceptions],
      ['lead', 'POST', API_PATHS.exceptions.replace(API_BASE_PATH, ''), API_PRIVILEGES.manageExceptions],
    ] as const)('returns 403 to the %s for %s %s', async (role, method, path, privilege) => {
      const { status, body } = await callApi<ErrorBody>(path, { method, role, body: {} });
      expect(status).toBe(403);
      expect(body.error).toBe('Forbidden');
      expect(body.message).toContain(`[${privilege}]`);
      expect(body.message).toContain(`role [${role}]`);
    });

    it('lets the lead pass authorization for approving', async () => {
      const { status, body } = await callApi<ErrorBody>(investigationPath('no-such-alert', '_approve'), {
        method: 'POST',
        role: 'lead',
        body: {},
      });
      expect(status).toBe(400);
      expect(body.message).not.toContain('privileges');
    });
  });

  describe('login page and session', () => {
    it('renders the form without script', async () => {
      const response = await fetch(new URL('/login?next=%2Fapp%2FsimpleHttpInvestigation%2Freview', hostUrl()));
      const html = await response.text();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(html).toContain('<form method="post" action="/login"');
      expect(html).toContain('value="/app/simpleHttpInvestigation/review"');
      expect(html).not.toContain('<script');
    });

    it('keeps only a path of this host as next', async () => {
      const page = await fetch(new URL('/login?next=https%3A%2F%2Fevil.example%2F', hostUrl()));
      expect(await page.text()).toContain(`name="next" value="${APP_PATH}"`);

      for (const next of ['https://evil.example/', '//evil.example/app', '/\\evil.example']) {
        const response = await postLogin(hostUrl(), { ...testUser('viewer'), next });
        expect(response.status).toBe(303);
        expect(response.headers.get('location')).toBe(APP_PATH);
      }
    });

    it('sets a strict, HTTP-only session cookie and follows next', async () => {
      const response = await postLogin(hostUrl(), { ...testUser('analyst'), next: `${APP_PATH}/review?host=a` });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`${APP_PATH}/review?host=a`);

      const cookie = response.headers.getSetCookie().find((value) => value.startsWith('sid=')) ?? '';
      const attributes = cookie.split(';').map((part) => part.trim().toLowerCase());
      expect(attributes).toContain('httponly');
      expect(attributes).toContain('samesite=strict');
      expect(attributes).toContain('path=/');
      // The test host serves plain HTTP, where a Secure cookie would never come back.
      expect(attributes).not.toContain('secure');
    });

    it('authenticates API calls and the app with the session', async () => {
      const cookie = await signIn('lead');
      const me = await fetch(new URL('/internal/security/me', hostUrl()), { headers: { cookie } });
      expect(me.status).toBe(200);
      expect(await me.json()).toEqual({ username: testUser('lead').username, roles: ['lead'] });

      const alerts = await callApi('/alerts', { role: 'none', headers: { cookie }, query: { per_page: '1' } });
      expect(alerts.status).toBe(200);

      // The test command builds the browser app before these tests, so the page is served.
      const app = await fetch(new URL(APP_PATH, hostUrl()), { headers: { cookie }, redirect: 'manual' });
      expect(app.status).toBe(200);
      expect(app.headers.get('content-security-policy')).toContain("script-src 'self'");

      const login = await fetch(new URL('/login', hostUrl()), { headers: { cookie }, redirect: 'manual' });
      expect(login.status).toBe(302);
      expect(login.headers.get('location')).toBe(APP_PATH);
    });

    it('applies the role of the session user', async () => {
      const cookie = await signIn('viewer');
      const { status, body } = await callApi<ErrorBody>(investigationPath('abc'), {
        method: 'POST',
        body: {},
        role: 'none',
        headers: { cookie },
      });
      expect(status).toBe(403);
      expect(body.message).toContain(API_PRIVILEGES.investigate);
    });

    it('ends the session on logout', async () => {
      const cookie = await signIn('analyst');
      const logout = await fetch(new URL('/logout', hostUrl()), { headers: { cookie }, redirect: 'manual' });
      expect(logout.status).toBe(302);
      expect(logout.headers.get('location')).toBe('/login');
      expect(logout.headers.getSetCookie().join(';')).toMatch(/sid=;/);

      const after = await callApi<ErrorBody>('/alerts', { role: 'none', headers: { cookie } });
      expect(after.status).toBe(401);
      // The old cookie marks a browser session, which gets no Basic challenge.
      expect(after.headers.get('www-authenticate')).toBeNull();
    });

    it("sends the app's requests no Basic challenge", async () => {
      const { status, headers } = await callApi<ErrorBody>('/alerts', {
        role: 'none',
        headers: { 'x-elastic-internal-origin': 'Kibana' },
      });
      expect(status).toBe(401);
      expect(headers.get('www-authenticate')).toBeNull();
    });

    it('ends sessions on password reset', async () => {
      const cookie = await signIn('viewer');
      const before = await callApi('/alerts', { role: 'none', headers: { cookie } });
      expect(before.status).toBe(200);

      // The same password again gets a new salt, so the stored hash changes as on a reset,
      // and the other test files keep signing in with it.
      const { username, password } = testUser('viewer');
      const users = (await readUsersFile(testUsersFile())) ?? [];
      await writeUsersFile(testUsersFile(), await setUserPassword(users, username, password));

      const after = await callApi<ErrorBody>('/alerts', { role: 'none', headers: { cookie } });
      expect(after.status).toBe(401);
      const basic = await callApi('/alerts', { role: 'viewer' });
      expect(basic.status).toBe(200);
    });

    it('rejects a form posted from another origin', async () => {
      const response = await postLogin(hostUrl(), testUser('admin'), { origin: 'https://evil.example' });
      expect(response.status).toBe(403);
      expect(sessionCookie(response)).toBe('');
    });
  });
});

/** Returns a loopback port that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') {
    throw new Error('Could not reserve a port');
  }
  return address.port;
}

/**
 * Starts a host of its own without an engine, which signing in does not need. Failed logins
 * slow down every login from loopback, so they never go to the shared host.
 */
async function startLoginHost(): Promise<RunningHost> {
  return startHost(
    {
      port: 0,
      host: '127.0.0.1',
      dataDir: os.tmpdir(),
      enginePort: 0,
      usersFile: testUsersFile(),
      sessionTimeoutMinutes: 60,
      elasticsearch: { url: `http://127.0.0.1:${await closedPort()}` },
      sampleData: { load: false, seed: 1, scale: 1 },
    },
    {
      rootDir: process.cwd(),
      logger: createLogger('failed-logins', 'error'),
      loginThrottlePolicy: {
        freeFailures: 2,
        baseDelayMs: 400,
        maxDelayMs: 800,
        maxFailures: 4,
        blockMs: 3_000,
        forgetAfterMs: 60_000,
        maxKeys: 100,
      },
    }
  );
}

describe('failed logins', () => {
  let host: RunningHost;

  // Three failures in this block stay below the four that block the address.
  beforeAll(async () => {
    host = await startLoginHost();
  });

  afterAll(async () => {
    await host.stop();
  });

  it('shows the form again for a wrong password', async () => {
    const response = await postLogin(host.url, { username: testUser('lead').username, password: 'not the password' });
    expect(response.status).toBe(401);
    expect(sessionCookie(response)).toBe('');
    const html = await response.text();
    expect(html).toContain('Invalid user name or password.');
    expect(html).toContain(`value="${testUser('lead').username}"`);
  });

  it('returns the same error for an unknown user', async () => {
    const response = await postLogin(host.url, { username: 'nobody', password: 'not the password' });
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('Invalid user name or password.');
  });

  it('returns 401 for wrong Basic credentials', async () => {
    const { status, body } = await callApi<ErrorBody>('/alerts', {
      baseUrl: host.url,
      role: 'none',
      headers: { authorization: basicAuthorization({ username: testUser('admin').username, password: 'wrong' }) },
    });
    expect(status).toBe(401);
    expect(body.statusCode).toBe(401);
  });

});

describe('login throttle', () => {
  let host: RunningHost;

  beforeAll(async () => {
    host = await startLoginHost();
  });

  afterAll(async () => {
    await host.stop();
  });

  it('counts parallel Basic calls as one attempt', async () => {
    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        callApi('/alerts/abc/checklists', { baseUrl: host.url, role: 'analyst' })
      )
    );
    // The host has no engine, so authenticated calls get 503, and blocked ones would get 429.
    expect(responses.map((response) => response.status)).toEqual(Array(12).fill(503));
  });

  it('slows down, then blocks, then lets the real user in', async () => {
    const lead = testUser('lead');
    const timings: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const started = Date.now();
      const response = await postLogin(host.url, { username: lead.username, password: `guess-${attempt}` });
      timings.push(Date.now() - started);
      expect(response.status).toBe(401);
    }
    expect(timings[2]).toBeGreaterThanOrEqual(400);
    expect(timings[3]).toBeGreaterThanOrEqual(800);

    const blocked = await postLogin(host.url, lead);
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(3);
    expect(await blocked.text()).toContain('Too many failed sign-in attempts');

    const basic = await callApi<ErrorBody>('/alerts', { baseUrl: host.url, role: 'lead' });
    expect(basic.status).toBe(429);
    expect(basic.body.error).toBe('Too Many Requests');

    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    const signedIn = await postLogin(host.url, lead);
    expect(signedIn.status).toBe(303);
  });
});

describe('API version header', () => {
  it('is still required to match a registered version', async () => {
    const { status } = await callApi('/alerts', { headers: { 'elastic-api-version': '1999-01-01' } });
    expect(status).toBe(400);
  });

  it('is sent back', async () => {
    const { headers } = await callApi('/alerts', { query: { per_page: '1' } });
    expect(headers.get('elastic-api-version')).toBe(API_VERSION);
  });
});
