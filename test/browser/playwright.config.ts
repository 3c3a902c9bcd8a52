import path from 'node:path';

import { defineConfig } from '@playwright/test';

const port = Number(process.env.BROWSER_TEST_PORT ?? 5699);
const enginePort = Number(process.env.BROWSER_TEST_ENGINE_PORT ?? 9299);
const rootDir = path.resolve(__dirname, '..', '..');
const dataDir = path.join(rootDir, 'build', 'browser-test-data');

/** The users file of the host under test; the global setup sets its passwords. */
export const BROWSER_TEST_USERS_FILE = path.join(dataDir, 'users.json');

/** The embedded engine of the host under test, which the global setup adds documents to. */
export const BROWSER_TEST_ENGINE_URL = `http://127.0.0.1:${enginePort}`;

/**
 * Runs the browser tests in Debian's Chromium against `npm start`'s host with its own
 * engine and data directory, which `scripts/test.sh` removes before each run.
 */
export default defineConfig({
  testDir: __dirname,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  globalSetup: path.join(__dirname, 'global_setup.ts'),
  outputDir: path.join(rootDir, 'test-results'),
  use: {
    testIdAttribute: 'data-test-subj',
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: 'node scripts/start.mjs',
    cwd: rootDir,
    url: `http://127.0.0.1:${port}/app/simpleHttpInvestigation`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      ENGINE_PORT: String(enginePort),
      DATA_DIR: dataDir,
      USERS_FILE: BROWSER_TEST_USERS_FILE,
      ELASTICSEARCH_URL: '',
    },
  },
});
