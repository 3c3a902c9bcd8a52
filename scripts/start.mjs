// Builds what `npm start` needs, then runs the standalone host in a child Node process
// with tsx, passing Ctrl-C and SIGTERM on so the host can stop its engine.
import { spawn } from 'node:child_process';

import { buildBrowser } from './build_browser.mjs';
import { buildEngine } from './build_engine.mjs';

if (!process.env.ELASTICSEARCH_URL) {
  await buildEngine();
}
await buildBrowser();

const host = spawn(process.execPath, ['--import', 'tsx', 'standalone/host/main.ts'], {
  stdio: 'inherit',
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => host.kill(signal));
}

host.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
