/** Classifiers for single Markdown lines, following the CommonMark block syntax. */

export const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
export const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
export const LIST_MARKER = /^( *)([-*+]|\d{1,9}[.)])( +|$)(.*)$/;
export const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
export const FENCE_OPEN = /^( *)(`{3,}|~{3,})(.*)$/;
export const FENCE_CLOSE = /^ *(`{3,}|~{3,})[ \t]*$/;
export const TASK_BOX = /^\[[ xX]\][ \t]+/;

const BOLD_LINE = /^ {0,3}(\*\*|__)(?=\S)(.*?\S)\1[ \t]*:?[ \t]*$/;
const BLOCK_QUOTE = /^ {0,3}>/;

/** Expands tabs in the leading whitespace to the next multiple of four columns. */
export function expandLeadingTabs(line: string): string {
  const leading = /^[ \t]*/.exec(line)?.[0] ?? '';
  let expanded = '';
  for (const character of leading) {
    expanded += character === '\t' ? ' '.repeat(4 - (expanded.length % 4)) : ' ';
  }
  return expanded + line.slice(leading.length);
}

export function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Matches an opening code fence. A backtick fence may not have backticks in its info string. */
export function matchFenceOpening(line: string): RegExpExecArray | null {
  const match = FENCE_OPEN.exec(line);
  if (match === null || (match[2].startsWith('`') && match[3].includes('`'))) {
    return null;
  }
  return match;
}

/** Returns the text of a line that is bold from start to end, such as `**Recovery**:`. */
export function matchBoldLine(line: string): string | null {
  const match = BOLD_LINE.exec(line);
  if (match === null || match[2].includes(match[1])) {
    return null;
  }
  return match[2];
}

/** Checks whether `line` starts a new block instead of continuing the paragraph above it. */
export function interruptsParagraph(line: string | undefined): boolean {
  if (line === undefined || isBlank(line)) {
    return true;
  }
  return (
    LIST_MARKER.test(line) ||
    ATX_HEADING.test(line) ||
    THEMATIC_BREAK.test(line) ||
    BLOCK_QUOTE.test(line) ||
    matchFenceOpening(line) !== null
  );
}
