// Builds the engine, then runs the route benchmark in a child Node process with tsx.
import { spawn } from 'node:child_process';

import { buildEngine } from './build_engine.mjs';

await buildEngine();

const bench = spawn(process.execPath, ['--import', 'tsx', 'standalone/bench/run_benchmark.ts'], {
  stdio: 'inherit',
});
bench.on('exit', (code) => process.exit(code ?? 1));
