import fs from 'node:fs';

/** Stops the host and its engine, and removes the engine's data. */
export default async function globalTeardown(): Promise<void> {
  const started = globalThis.integrationHost;
  if (!started) {
    return;
  }
  await started.host.stop();
  fs.rmSync(started.dataDir, { recursive: true, force: true });
}
