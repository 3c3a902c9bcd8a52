// Builds what `npm start` needs, then runs the standalone host in this process.
import { register } from 'tsx/esm/api';

import { buildBrowser } from './build_browser.mjs';
import { buildEngine } from './build_engine.mjs';

if (!process.env.ELASTICSEARCH_URL) {
  await buildEngine();
}
await buildBrowser();

register();
await import('../standalone/host/main.ts');
