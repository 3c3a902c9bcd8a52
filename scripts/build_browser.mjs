// Bundles the standalone page and the browser plugin into build/browser with esbuild.
//
// Usage: node scripts/build_browser.mjs [--force] [--dev]
//   --force  rebuild even when the outputs are newer than every input
//   --dev    development build: React's development mode, no minification
// NODE_ENV=development has the same effect as --dev.
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

import { build } from 'esbuild';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(rootDir, 'build', 'browser');
const buildInfoPath = path.join(outdir, 'build_info.json');

const ENTRY_POINT = 'standalone/browser/main.tsx';
const INDEX_HTML = 'standalone/browser/index.html';
/** The module `public/plugin.ts` imports inside `mount`; it must stay out of the page load. */
const APP_MODULE = 'public/application.tsx';
/** Folders of app code that only the app module may pull in. */
const APP_ONLY_PREFIXES = ['public/pages/', 'public/components/'];

const INPUT_DIRS = ['public', 'common', 'standalone/browser'];
const INPUT_FILES = ['package-lock.json', 'tsconfig.json', 'scripts/build_browser.mjs'];

const newestMtimeInDir = async (dir) => {
  let newest = 0;
  const entries = await fs.readdir(dir, { withFileTypes: true });

  for (const entry of entries) {
    const entryPath = path.join(dir, entry.name);

    if (entry.isDirectory()) {
      newest = Math.max(newest, await newestMtimeInDir(entryPath));
    } else if (entry.isFile()) {
      newest = Math.max(newest, (await fs.stat(entryPath)).mtimeMs);
    }
  }

  return newest;
};

/** Returns the latest modification time of the build's inputs, in milliseconds. */
const newestInputMtime = async () => {
  let newest = 0;

  for (const dir of INPUT_DIRS) {
    newest = Math.max(newest, await newestMtimeInDir(path.join(rootDir, dir)));
  }

  for (const file of INPUT_FILES) {
    newest = Math.max(newest, (await fs.stat(path.join(rootDir, file))).mtimeMs);
  }

  return newest;
};

const readBuildInfo = async () => {
  try {
    return JSON.parse(await fs.readFile(buildInfoPath, 'utf8'));
  } catch {
    return null;
  }
};

/**
 * Returns true when the last build had the same mode, all its outputs exist and it is newer
 * than every input.
 */
const isUpToDate = async (buildInfo, mode) => {
  if (!buildInfo || buildInfo.mode !== mode || !Array.isArray(buildInfo.outputs)) {
    return false;
  }

  if (!buildInfo.outputs.every((output) => existsSync(path.join(outdir, output)))) {
    return false;
  }

  const builtAt = (await fs.stat(buildInfoPath)).mtimeMs;

  return builtAt > (await newestInputMtime());
};

/** Follows static imports from `start`, but not dynamic imports, because those load later. */
const staticClosure = (outputs, start) => {
  const seen = new Set();
  const pending = [start];

  while (pending.length > 0) {
    const current = pending.pop();

    if (seen.has(current) || !outputs[current]) {
      continue;
    }

    seen.add(current);

    for (const imported of outputs[current].imports) {
      if (imported.kind === 'import-statement' && !imported.external) {
        pending.push(imported.path);
      }
    }
  }

  return seen;
};

const sizeOf = async (files) => {
  let bytes = 0;
  let gzipBytes = 0;

  for (const file of files) {
    const contents = await fs.readFile(path.join(rootDir, file));
    bytes += contents.length;
    gzipBytes += gzipSync(contents).length;
  }

  return { files: files.length, bytes, gzipBytes };
};

const formatSize = ({ bytes, gzipBytes }) =>
  `${(bytes / 1024).toFixed(1)} kB (${(gzipBytes / 1024).toFixed(1)} kB gzip)`;

const relativeToOutdir = (file) => path.relative(outdir, path.join(rootDir, file));

/**
 * Measures the page-load bundle and the lazy app chunk, and fails when the page-load bundle
 * contains the app module or any page or component of the app.
 */
const analyzeBundle = async (metafile) => {
  const { outputs } = metafile;
  const jsOutputs = Object.keys(outputs).filter((file) => file.endsWith('.js'));
  const mainOutput = jsOutputs.find((file) => outputs[file].entryPoint === ENTRY_POINT);
  const appOutput = jsOutputs.find((file) => outputs[file].entryPoint === APP_MODULE);

  if (!mainOutput || !appOutput) {
    const missing = mainOutput ? APP_MODULE : ENTRY_POINT;
    throw new Error(`esbuild's metafile has no output for ${missing}`);
  }

  const pageLoad = staticClosure(outputs, mainOutput);
  const appChunks = [...staticClosure(outputs, appOutput)].filter((file) => !pageLoad.has(file));

  const isAppInput = (input) =>
    input === APP_MODULE || APP_ONLY_PREFIXES.some((prefix) => input.startsWith(prefix));
  const leakedInputs = [...pageLoad].flatMap((file) =>
    Object.keys(outputs[file].inputs).filter(isAppInput)
  );

  if (leakedInputs.length > 0) {
    throw new Error(
      'The page-load bundle contains app modules that should load only on mount: ' +
        `${leakedInputs.join(', ')}. Import them only from application.tsx, which ` +
        'public/plugin.ts imports inside mount.'
    );
  }

  const otherLazy = jsOutputs.filter((file) => !pageLoad.has(file) && !appChunks.includes(file));

  return {
    mainEntry: { file: relativeToOutdir(mainOutput), ...(await sizeOf([mainOutput])) },
    pageLoad: await sizeOf([...pageLoad]),
    appChunk: { file: relativeToOutdir(appOutput), ...(await sizeOf([appOutput])) },
    appLazy: await sizeOf(appChunks),
    // EUI 122 loads each icon as its own module on first use.
    otherLazy: await sizeOf(otherLazy),
  };
};

const formatFiles = (size) => `${size.files} files, ${formatSize(size)}`;

const printSizes = (sizes, log) => {
  log(`  page load: ${sizes.mainEntry.file} ${formatSize(sizes.mainEntry)}`);
  log(`  page load with its static imports: ${formatFiles(sizes.pageLoad)}`);
  log(`  app chunk, loaded on mount: ${sizes.appChunk.file} ${formatSize(sizes.appChunk)}`);
  log(`  app chunk with chunks only it imports: ${formatFiles(sizes.appLazy)}`);
  log(`  other lazy chunks (icons): ${formatFiles(sizes.otherLazy)}`);
};

/**
 * Builds build/browser: `main.js` and `main.css` from standalone/browser/main.tsx, the lazily
 * loaded chunks, source maps and `index.html`. Skips the build when build/browser is newer
 * than every input and was built in the same mode. Returns the build info with bundle sizes.
 */
export async function buildBrowser({
  mode = process.env.NODE_ENV === 'development' ? 'development' : 'production',
  force = false,
  log = console.log,
} = {}) {
  const previous = await readBuildInfo();

  if (!force && (await isUpToDate(previous, mode))) {
    log(`Browser bundle is up to date (${path.relative(rootDir, outdir)}, ${mode})`);
    return previous;
  }

  const startedAt = Date.now();
  await fs.rm(outdir, { recursive: true, force: true });

  const result = await build({
    absWorkingDir: rootDir,
    entryPoints: { main: ENTRY_POINT },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    jsx: 'automatic',
    jsxImportSource: '@emotion/react',
    minify: mode === 'production',
    sourcemap: true,
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    // EUI 122 ships its icons as JS modules and its styles as Emotion CSS-in-JS, so the
    // bundle has no SVG, font or image imports that need a loader. esbuild bundles the
    // page's own main.css with its built-in CSS loader.
    metafile: true,
    logLevel: 'warning',
  });

  await fs.copyFile(path.join(rootDir, INDEX_HTML), path.join(outdir, 'index.html'));

  const sizes = await analyzeBundle(result.metafile);
  const outputs = [...Object.keys(result.metafile.outputs).map(relativeToOutdir), 'index.html'];
  const buildInfo = { mode, outputs, sizes };

  await fs.writeFile(buildInfoPath, `${JSON.stringify(buildInfo, null, 2)}\n`);

  log(`Built ${path.relative(rootDir, outdir)} (${mode}) in ${Date.now() - startedAt} ms`);
  printSizes(sizes, log);

  return buildInfo;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);

  try {
    await buildBrowser({
      force: args.includes('--force'),
      mode: args.includes('--dev') ? 'development' : undefined,
    });
  } catch (error) {
    console.error('Browser build failed:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
