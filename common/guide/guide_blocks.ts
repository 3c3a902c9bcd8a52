/**
 * Kibana investigation guides embed interactive actions as `!{name{json}}`, for example
 * `!{investigate{...}}` (a Timeline query, formerly named `insight`) and
 * `!{osquery{...}}`. The app shows guide text as plain text, so each block is swapped for
 * a placeholder before the Markdown is parsed and for a short label afterwards.
 */

const BLOCK_START = /!\{([A-Za-z][\w-]*)\{/g;

const FALLBACK_LABELS: Readonly<Record<string, string>> = {
  investigate: 'Timeline investigation',
  insight: 'Timeline investigation',
  osquery: 'Osquery query',
};
const UNKNOWN_BLOCK_LABEL = 'Interactive guide action';

/** Private-use characters around a block placeholder, which the Markdown parser leaves alone. */
const PLACEHOLDER_OPEN = '\uE002';
const PLACEHOLDER_CLOSE = '\uE003';
const PLACEHOLDER_PATTERN = /\uE002(\d+)\uE003/g;
const PLACEHOLDER_CHARACTERS = /[\uE002\uE003]/g;

export interface ExtractedGuideBlocks {
  /** The Markdown with every block replaced by a placeholder. */
  markdown: string;
  /** Labels in placeholder order. */
  labels: string[];
}

/**
 * Returns the index just past the JSON object that opens at `start`, or -1 when its
 * braces never balance. Braces inside JSON strings do not count.
 */
function findObjectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index += 1) {
    const character = text[index];
    if (inString) {
      if (character === '\\') {
        index += 1;
      } else if (character === '"') {
        inString = false;
      }
      continue;
    }
    if (character === '"') {
      inString = true;
    } else if (character === '{') {
      depth += 1;
    } else if (character === '}') {
      depth -= 1;
      if (depth === 0) {
        return index + 1;
      }
    }
  }
  return -1;
}

function fallbackLabel(kind: string): string {
  return FALLBACK_LABELS[kind.toLowerCase()] ?? UNKNOWN_BLOCK_LABEL;
}

/** Reads the `label` property of a block's JSON, or the fallback for its kind. */
function blockLabel(kind: string, json: string): string {
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed === 'object' && parsed !== null && 'label' in parsed) {
      const label = parsed.label;
      if (typeof label === 'string' && label.trim() !== '') {
        return label.replace(/\s+/g, ' ').trim();
      }
    }
  } catch {
    // Invalid JSON still gets a readable label below.
  }
  return fallbackLabel(kind);
}

/**
 * Replaces every `!{name{json}}` block with a placeholder. A block whose braces never
 * close is replaced up to the end of its line.
 */
export function extractGuideBlocks(markdown: string): ExtractedGuideBlocks {
  const source = markdown.replace(PLACEHOLDER_CHARACTERS, '');
  const labels: string[] = [];
  let output = '';
  let copiedUpTo = 0;

  BLOCK_START.lastIndex = 0;
  let match = BLOCK_START.exec(source);
  while (match !== null) {
    const kind = match[1];
    const objectStart = match.index + match[0].length - 1;
    const objectEnd = findObjectEnd(source, objectStart);
    let blockEnd: number;
    let label: string;
    if (objectEnd !== -1 && source[objectEnd] === '}') {
      blockEnd = objectEnd + 1;
      label = blockLabel(kind, source.slice(objectStart, objectEnd));
    } else {
      const lineEnd = source.slice(match.index).search(/\r|\n/);
      blockEnd = lineEnd === -1 ? source.length : match.index + lineEnd;
      label = fallbackLabel(kind);
    }

    output += source.slice(copiedUpTo, match.index);
    output += `${PLACEHOLDER_OPEN}${labels.length}${PLACEHOLDER_CLOSE}`;
    labels.push(label);
    copiedUpTo = blockEnd;
    BLOCK_START.lastIndex = blockEnd;
    match = BLOCK_START.exec(source);
  }
  output += source.slice(copiedUpTo);

  return { markdown: output, labels };
}

/** Replaces the placeholders that `extractGuideBlocks` left in `text` with their labels. */
export function restoreGuideBlockLabels(text: string, labels: readonly string[]): string {
  return text.replace(PLACEHOLDER_PATTERN, (_placeholder, index: string) => {
    return labels[Number(index)] ?? '';
  });
}
