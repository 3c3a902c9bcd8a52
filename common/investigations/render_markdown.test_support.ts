import { execFileSync } from 'node:child_process';

/**
 * Renders Markdown documents to HTML with `marked` (GFM on) in a child Node process.
 * `marked` ships only as an ES module, which the unit tests' CommonJS runtime cannot load.
 */
export function renderMarkdown(documents: string[]): string[] {
  const script = [
    "import { marked } from 'marked';",
    "let input = '';",
    "process.stdin.on('data', (chunk) => { input += chunk; });",
    "process.stdin.on('end', () => {",
    '  const documents = JSON.parse(input);',
    '  const html = documents.map((document) => marked.parse(document, { async: false, gfm: true }));',
    '  process.stdout.write(JSON.stringify(html));',
    '});',
  ].join('\n');
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: __dirname,
    input: JSON.stringify(documents),
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[];
}
