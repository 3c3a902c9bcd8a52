import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createLogger } from '../../standalone/host/logger';
import { startHost, type RunningHost } from '../../standalone/host/start_host';
import { createInitialUsers } from '../../standalone/host/users_file';

declare global {
  // The host started once for all integration test files, stopped by the teardown.
  var integrationHost: { host: RunningHost; dataDir: string } | undefined;
}

/**
 * Starts one standalone host with the embedded engine and the sample data for every test
 * file, with one user per role whose passwords are generated for this run.
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simple-http-investigation-test-'));
  const usersFile = path.join(dataDir, 'users.json');
  const users = await createInitialUsers(usersFile);
  const host = await startHost(
    {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      enginePort: 0,
      usersFile,
      sessionTimeoutMinutes: 60,
      elasticsearch: null,
      sampleData: { load: true, seed: 1, scale: 1 },
      // A second space for the isolation tests. Its alerts are copies in their own index,
      // so the default space's sample data stays as other tests count it.
      spaces: ['default', 'blue'],
    },
    { rootDir: process.cwd(), logger: createLogger('integration', 'warn') }
  );

  process.env.TEST_HOST_URL = host.url;
  process.env.TEST_ENGINE_URL = host.elasticsearchUrl;
  process.env.TEST_USERS = JSON.stringify(users);
  process.env.TEST_USERS_FILE = usersFile;
  globalThis.integrationHost = { host, dataDir };
}
