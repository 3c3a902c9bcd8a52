import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { ListAlertsResponse } from '../../common/api/alerts';
import { API_BASE_PATH, API_VERSION } from '../../common/constants';
import { createLogger } from '../host/logger';
import { startHost } from '../host/start_host';
import { createInitialUsers } from '../host/users_file';
import { BENCH_EXCEPTIONS, createBenchExceptions } from './bench_exceptions';

/**
 * Loads scaled sample data into a fresh embedded engine and prints p50 and p95 server time
 * per route, measured over HTTP on loopback. `BENCH_SCALE` sets the sample data scale and
 * `BENCH_REQUESTS` the requests per route.
 */
async function main(): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? 360);
  const requests = Number(process.env.BENCH_REQUESTS ?? 200);
  const dataDir = path.join(process.cwd(), 'build', 'bench-data');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const usersFile = path.join(dataDir, 'users.json');
  const users = await createInitialUsers(usersFile);
  const viewer = users?.find((user) => user.role === 'viewer');
  const admin = users?.find((user) => user.role === 'admin');
  if (viewer === undefined || admin === undefined) {
    throw new Error(`Failed to create the users of [${usersFile}]`);
  }
  const authorization = `Basic ${Buffer.from(`${viewer.username}:${viewer.password}`).toString('base64')}`;
  const adminAuthorization = `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`;

  const logger = createLogger('bench');
  const loadStarted = Date.now();
  const host = await startHost(
    {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      enginePort: 0,
      usersFile,
      sessionTimeoutMinutes: 60,
      elasticsearch: null,
      sampleData: { load: true, seed: 1, scale },
    },
    { rootDir: process.cwd(), logger }
  );

  try {
    const loadSeconds = (Date.now() - loadStarted) / 1000;
    const counts = await countDocuments(host.elasticsearchUrl);
    const alertIds = await pickAlertIds(host.url, requests, authorization);
    await createBenchExceptions(host.url, adminAuthorization);

    const routes: Array<[string, (i: number) => string]> = [
      ['GET /alerts', (i) => `/alerts?page=${(i % 10) + 1}&per_page=25`],
      ['GET /alerts (search, sort by host)', () => '/alerts?search=python&sort_field=host'],
      ['GET /alerts?exceptions=hide', (i) => `/alerts?exceptions=hide&page=${(i % 10) + 1}`],
      ['GET /alerts/{id}/evidence', (i) => `/alerts/${alertIds[i % alertIds.length]}/evidence`],
      ['GET /alerts/{id}/checklists', (i) => `/alerts/${alertIds[i % alertIds.length]}/checklists`],
    ];

    const lines = [
      `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
      `data: scale ${scale}, ${counts}, start and load took ${loadSeconds.toFixed(0)} s`,
      `requests per route: ${requests} (after 10 warm-up requests), sequential`,
      `active exceptions: ${BENCH_EXCEPTIONS.length}, one per benign scenario`,
      '',
      'route | p50 ms | p95 ms | max ms',
      '--- | --- | --- | ---',
    ];
    for (const [name, pathFor] of routes) {
      const times = await measure(host.url, pathFor, requests, authorization);
      lines.push(`${name} | ${percentile(times, 50)} | ${percentile(times, 95)} | ${Math.max(...times).toFixed(1)}`);
    }
    lines.push(`JVM heap: -Xmx1g; Node RSS after the run: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
    lines.push(`load average after the run (1, 5, 15 min): ${os.loadavg().map((load) => load.toFixed(2)).join(', ')}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await host.stop();
  }
}

async function measure(
  baseUrl: string,
  pathFor: (i: number) => string,
  requests: number,
  authorization: string
) {
  const times: number[] = [];
  for (let i = -10; i < requests; i++) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${API_BASE_PATH}${pathFor(Math.max(i, 0))}`, {
      headers: { 'elastic-api-version': API_VERSION, authorization },
    });
    await response.arrayBuffer();
    if (response.status !== 200) {
      throw new Error(`${pathFor(i)} returned status ${response.status}`);
    }
    if (i >= 0) {
      times.push(performance.now() - started);
    }
  }
  return times;
}

function percentile(times: number[], p: number): string {
  const sorted = [...times].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return (sorted[index] ?? 0).toFixed(1);
}

async function pickAlertIds(baseUrl: string, count: number, authorization: string): Promise<string[]> {
  const response = await fetch(
    `${baseUrl}${API_BASE_PATH}/alerts?per_page=100&sort_field=host`,
    { headers: { 'elastic-api-version': API_VERSION, authorization } }
  );
  const body = (await response.json()) as ListAlertsResponse;
  return body.alerts.slice(0, count).map((alert) => alert.id);
}

async function countDocuments(engineUrl: string): Promise<string> {
  const response = await fetch(`${engineUrl}/_cat/count/logs-endpoint.events.*,.alerts-security.alerts-default?format=json`);
  const events = await fetch(`${engineUrl}/_cat/count/logs-endpoint.events.*?format=json`);
  const all = (await response.json()) as Array<{ count: string }>;
  const eventCount = (await events.json()) as Array<{ count: string }>;
  const total = Number(all[0]?.count ?? 0);
  const eventTotal = Number(eventCount[0]?.count ?? 0);
  return `${eventTotal} events and ${total - eventTotal} alert documents`;
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
