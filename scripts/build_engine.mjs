// Builds the embedded OpenSearch engine (standalone/engine) with Maven when its jar is
// missing or older than pom.xml or any file under src/. Usage: node scripts/build_engine.mjs
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const engineDir = path.join(repoRoot, 'standalone', 'engine');
const pomPath = path.join(engineDir, 'pom.xml');

/** The launcher jar. Its manifest Class-Path points at the jars in target/lib/. */
export const engineJarPath = path.join(engineDir, 'target', 'simple-http-engine.jar');
const libDir = path.join(engineDir, 'target', 'lib');

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = [];
  for (const entry of entries) {
    const entryPath = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      files.push(...(await listFiles(entryPath)));
    } else {
      files.push(entryPath);
    }
  }
  return files;
}

/** Returns why the jar must be rebuilt, or null when it is up to date. */
async function findRebuildReason() {
  if (!existsSync(engineJarPath)) {
    return `${path.relative(repoRoot, engineJarPath)} is missing`;
  }
  if (!existsSync(libDir)) {
    return `${path.relative(repoRoot, libDir)} is missing`;
  }
  const jarTime = (await stat(engineJarPath)).mtimeMs;
  const inputs = [pomPath, ...(await listFiles(path.join(engineDir, 'src')))];
  for (const input of inputs) {
    if ((await stat(input)).mtimeMs > jarTime) {
      return `${path.relative(repoRoot, input)} is newer than the jar`;
    }
  }
  return null;
}

function runMaven(args) {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', (error) => {
      if (error.code === 'ENOENT') {
        reject(new Error('mvn not found on PATH: install Maven 3.8 or later and a JDK 17 to build the engine'));
      } else {
        reject(error);
      }
    });
    child.on('exit', (code, signal) => {
      if (code === 0) {
        resolve();
      } else {
        const status = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        reject(new Error(`mvn ${args.join(' ')} ${status}; the Maven output above shows the error`));
      }
    });
  });
}

/**
 * Builds standalone/engine/target/simple-http-engine.jar unless it is newer than pom.xml
 * and every source file. Resolves to the jar path. Rejects when Maven fails.
 */
export async function buildEngine() {
  const reason = await findRebuildReason();
  if (reason === null) {
    console.log(`engine: ${path.relative(repoRoot, engineJarPath)} is up to date, skipping the build`);
    return engineJarPath;
  }

  const args = ['-q', '-B', '-f', path.relative(repoRoot, pomPath), 'package', '-DskipTests'];
  console.log(`engine: building because ${reason}: mvn ${args.join(' ')}`);
  const startedAt = Date.now();
  await runMaven(args);
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(`engine: built ${path.relative(repoRoot, engineJarPath)} in ${seconds} s`);
  return engineJarPath;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  buildEngine().catch((error) => {
    console.error(`engine: build failed: ${error.message}`);
    process.exitCode = 1;
  });
}
