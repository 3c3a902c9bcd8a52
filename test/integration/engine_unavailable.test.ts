import net from 'node:net';
import os from 'node:os';

import { createLogger } from '../../standalone/host/logger';
import { startHost, type RunningHost } from '../../standalone/host/start_host';
import { callApi, investigationPath, testUsersFile } from './helpers';

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

describe('routes without a reachable cluster', () => {
  let host: RunningHost;

  beforeAll(async () => {
    host = await startHost(
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
      // The plugin logs the failed index installation as an error; the tests expect it.
      { rootDir: process.cwd(), logger: createLogger('unreachable', 'error') }
    );
  });

  afterAll(async () => {
    await host.stop();
  });

  it.each(['/alerts', '/alerts/abc/evidence', '/alerts/abc/checklists'])(
    'answers 503 with a message on %s',
    async (path) => {
      const { status, body } = await callApi<{ statusCode: number; message: string }>(path, {
        baseUrl: host.url,
      });
      expect(status).toBe(503);
      expect(body.statusCode).toBe(503);
      expect(body.message).toContain('search engine is unavailable');
    }
  );

  it('still validates input first', async () => {
    const { status } = await callApi('/alerts', { baseUrl: host.url, query: { page: '0' } });
    expect(status).toBe(400);
  });

  it('returns 503 for investigation writes', async () => {
    const { status, body } = await callApi<{ message: string }>(investigationPath('abc'), {
      method: 'POST',
      body: {},
      baseUrl: host.url,
    });
    expect(status).toBe(503);
    expect(body.message).toContain(
      'Failed to start the investigation of alert [abc] because the search engine is unavailable'
    );
  });

  it('validates investigation queries first', async () => {
    const { status } = await callApi('/investigations', {
      baseUrl: host.url,
      query: { status: 'closed' },
    });
    expect(status).toBe(400);
  });
});
