// Builds the engine, then runs the route benchmark in this process.
import { register } from 'tsx/esm/api';

import { buildEngine } from './build_engine.mjs';

await buildEngine();
register();
await import('../standalone/bench/run_benchmark.ts');
