import { APP_PATH } from '../../common/constants';
import { readHostConfig } from './config';
import { createLogger } from './logger';
import { startHost, type RunningHost } from './start_host';

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

main().catch((error: unknown) => {
  // The message names what to change. The stack helps only when debugging the host itself.
  const showStack = process.env.LOG_LEVEL === 'debug' && error instanceof Error;
  const text = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Failed to start: ${showStack ? error.stack : text}\n`);
  process.exit(1);
});
