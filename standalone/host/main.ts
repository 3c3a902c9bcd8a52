import { APP_PATH } from '../../common/constants';
import { readHostConfig } from './config';
import { createLogger } from './logger';
import { startHost, type RunningHost } from './start_host';
import { createInitialUsers, type GeneratedUser } from './users_file';

/** Entry point of `npm start`: starts the host and stops it cleanly on Ctrl-C or SIGTERM. */
async function main(): Promise<void> {
  const logger = createLogger('standalone');
  const startedAt = Date.now();
  const config = readHostConfig(process.env, process.cwd());

  logger.info(
    config.elasticsearch === null
      ? `Starting with the embedded engine; data is kept in ${config.dataDir}`
      : `Starting against Elasticsearch at ${config.elasticsearch.url}`
  );

  const initialUsers = await createInitialUsers(config.usersFile);
  if (initialUsers !== null) {
    printInitialUsers(initialUsers, config.usersFile);
  }

  let host: RunningHost | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info(`Received ${signal}, stopping`);
    await host?.stop();
    logger.info('Stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  host = await startHost(config, {
    rootDir: process.cwd(),
    logger,
    onEngineExit: (message) => {
      // Exiting lets a process manager restart the host with a fresh engine, which returning
      // 503 forever would not.
      logger.error(`${message}; stopping the host`);
      void host?.stop().finally(() => process.exit(1));
    },
  });
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  logger.info(`Ready in ${seconds} s: open ${host.url}${APP_PATH} (Elasticsearch at ${host.elasticsearchUrl})`);
}

/** Prints the generated passwords once, in a block that stands out from the log lines. */
function printInitialUsers(users: GeneratedUser[], file: string): void {
  const width = Math.max(...users.map((user) => user.username.length));
  const lines = [
    '',
    '================================================================',
    ` First start: created these users in ${file}`,
    ' Each password is shown only this once; the file keeps only hashes.',
    '',
    ...users.map((user) => `   ${user.username.padEnd(width)}  ${user.password}   (role ${user.role})`),
    '',
    ' Sign in at /login. Manage users with `npm run users -- list`.',
    '================================================================',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  // The message names what to change. The stack helps only when debugging the host itself.
  const showStack = process.env.LOG_LEVEL === 'debug' && error instanceof Error;
  const text = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Failed to start: ${showStack ? error.stack : text}\n`);
  process.exit(1);
});
