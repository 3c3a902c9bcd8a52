/**
 * Converts inline Markdown (one paragraph) to plain text for the checklist. Emphasis,
 * links and HTML tags are removed, and inline code keeps its backticks so field names and
 * commands stay recognizable. This covers the CommonMark inline syntax that rule guides
 * use, not every corner of the specification.
 */

/** Private-use characters that delimit a protected span while the other rules run. */
const PROTECT_OPEN = '\uE000';
const PROTECT_CLOSE = '\uE001';
const PROTECTED_PATTERN = /\uE000(\d+)\uE001/g;
const PROTECT_CHARACTERS = /[\uE000\uE001]/g;

const CODE_SPAN = /(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;
const BACKSLASH_ESCAPE = /\\([!-/:-@[-`{-~])/g;
const AUTOLINK = /<((?:https?|ftp|mailto):[^\s<>]*)>/gi;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const IMAGE = /!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g;
const INLINE_LINK = /\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g;
const REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;

const EMPHASIS_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1'],
  [/(^|[^\p{L}\p{N}_])__(?=\S)([\s\S]*?\S)__(?![\p{L}\p{N}_])/gu, '$1$2'],
  [/\*(?=[^\s*])([^*]*?[^\s*])\*/g, '$1'],
  [/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2'],
  [/~~(?=\S)([\s\S]*?\S)~~/g, '$1'],
];

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]+));/g;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, decimal?: string, hex?: string, name?: string) => {
    let codePoint: number | null = null;
    if (decimal !== undefined) {
      codePoint = Number(decimal);
    } else if (hex !== undefined) {
      codePoint = parseInt(hex, 16);
    }
    if (codePoint !== null) {
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    }
    return (name !== undefined && NAMED_ENTITIES[name]) || entity;
  });
}

/** Writes a code span back as Markdown would, so backticks inside it stay unambiguous. */
function formatCodeSpan(rawContent: string): string {
  const isPadded =
    rawContent.startsWith(' ') && rawContent.endsWith(' ') && rawContent.trim() !== '';
  const content = isPadded ? rawContent.slice(1, -1) : rawContent;
  if (!content.includes('`')) {
    return `\`${content}\``;
  }
  const longestRun = Math.max(...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence} ${content} ${fence}`;
}

/** Converts one paragraph of inline Markdown to a single line of plain text. */
export function markdownInlineToText(markdown: string): string {
  const protectedSpans: string[] = [];
  const protect = (text: string): string => {
    protectedSpans.push(text);
    return `${PROTECT_OPEN}${protectedSpans.length - 1}${PROTECT_CLOSE}`;
  };

  // A backslash or two trailing spaces before a newline mark a hard line break.
  let text = markdown
    .replace(PROTECT_CHARACTERS, '')
    .replace(/\\\r?\n/g, ' ')
    .replace(/\r?\n/g, ' ');

  text = text.replace(CODE_SPAN, (_span, _fence: string, content: string) =>
    protect(formatCodeSpan(content)),
  );
  text = text.replace(BACKSLASH_ESCAPE, (_escape, character: string) => protect(character));
  text = text.replace(AUTOLINK, (_link, url: string) => protect(url));
  text = text.replace(HTML_COMMENT, '').replace(HTML_TAG, '');
  text = text.replace(IMAGE, '$1').replace(INLINE_LINK, '$1').replace(REFERENCE_LINK, '$1');

  // Repeat so nested emphasis such as `***both***` loses every layer.
  let previous = '';
  while (previous !== text) {
    previous = text;
    for (const [pattern, replacement] of EMPHASIS_RULES) {
      text = text.replace(pattern, replacement);
    }
  }

  text = decodeEntities(text);
  text = text.replace(PROTECTED_PATTERN, (_placeholder, index: string) => {
    return protectedSpans[Number(index)] ?? '';
  });
  return text.replace(/\s+/g, ' ').trim();
}
