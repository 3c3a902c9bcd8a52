/**
 * A line-based reader for the block structure of an investigation guide: ATX headings,
 * bold lines used as headings, nested lists and fenced code. It follows the CommonMark
 * rules for list nesting, continuation and lazy lines, and reports every other block
 * (paragraphs, block quotes, tables) only as `other`.
 */

export type ItemContent =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'code'; lines: string[] }
  | { kind: 'item'; item: ListItemNode };

export interface ListItemNode {
  content: ItemContent[];
}

export type MarkdownBlock =
  | { kind: 'heading'; level: number; text: string }
  /** A paragraph that consists of one bold line, such as `**Immediate containment**`. */
  | { kind: 'bold_heading'; text: string }
  /** A list entry outside any other list entry; nested entries sit in its content. */
  | { kind: 'list_item'; item: ListItemNode }
  | { kind: 'other' };

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const BOLD_LINE = /^ {0,3}(\*\*|__)(?=\S)(.*?\S)\1[ \t]*:?[ \t]*$/;
const LIST_MARKER = /^( *)([-*+]|\d{1,9}[.)])( +|$)(.*)$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE_OPEN = /^( *)(`{3,}|~{3,})(.*)$/;
const BLOCK_QUOTE = /^ {0,3}>/;
const TASK_BOX = /^\[[ xX]\][ \t]+/;

interface OpenItem {
  node: ListItemNode;
  /** Column where the item's content starts; deeper lines belong to the item. */
  contentIndent: number;
}

interface OpenFence {
  character: string;
  length: number;
  indent: number;
  lines: string[] | null;
}

/** Expands tabs in the leading whitespace to the next multiple of four columns. */
function expandLeadingTabs(line: string): string {
  const leading = /^[ \t]*/.exec(line)?.[0] ?? '';
  let expanded = '';
  for (const character of leading) {
    expanded += character === '\t' ? ' '.repeat(4 - (expanded.length % 4)) : ' ';
  }
  return expanded + line.slice(leading.length);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function isFenceOpening(line: string): boolean {
  const match = FENCE_OPEN.exec(line);
  return match !== null && !(match[2].startsWith('`') && match[3].includes('`'));
}

/** Whether `line` cannot continue the paragraph above it. */
function interruptsParagraph(line: string | undefined): boolean {
  if (line === undefined || isBlank(line)) {
    return true;
  }
  return (
    LIST_MARKER.test(line) ||
    HEADING.test(line) ||
    THEMATIC_BREAK.test(line) ||
    BLOCK_QUOTE.test(line) ||
    isFenceOpening(line)
  );
}

function lastParagraph(node: ListItemNode): string[] | null {
  const last = node.content[node.content.length - 1];
  return last !== undefined && last.kind === 'paragraph' ? last.lines : null;
}

/** Splits Markdown into headings, top-level list entries and other blocks, in order. */
export function parseMarkdownBlocks(markdown: string): MarkdownBlock[] {
  const lines = markdown.split(/\r\n|\r|\n/).map(expandLeadingTabs);
  const blocks: MarkdownBlock[] = [];
  const stack: OpenItem[] = [];
  let fence: OpenFence | null = null;
  let afterBlank = true;
  let paragraphOpen = false;

  lines.forEach((line, lineIndex) => {
    if (fence !== null) {
      const closing = /^ *(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (closing && closing[1][0] === fence.character && closing[1].length >= fence.length) {
        fence = null;
      } else if (fence.lines !== null) {
        fence.lines.push(line.slice(Math.min(indentOf(line), fence.indent)));
      }
      return;
    }
    if (isBlank(line)) {
      afterBlank = true;
      paragraphOpen = false;
      return;
    }

    const indent = indentOf(line);
    let depth = stack.length;
    while (depth > 0 && stack[depth - 1].contentIndent > indent) {
      depth -= 1;
    }
    const marker = THEMATIC_BREAK.test(line) ? null : LIST_MARKER.exec(line);

    if (marker !== null) {
      stack.length = depth;
      const [, markerIndent, markerText, spacing, rest] = marker;
      const contentOffset = rest === '' || spacing.length > 4 ? 1 : spacing.length;
      const node: ListItemNode = { content: [] };
      const firstLine = rest.replace(TASK_BOX, '');
      if (firstLine.trim() !== '') {
        node.content.push({ kind: 'paragraph', lines: [firstLine] });
      }
      const parent = stack[depth - 1];
      if (parent === undefined) {
        blocks.push({ kind: 'list_item', item: node });
      } else {
        parent.node.content.push({ kind: 'item', item: node });
      }
      stack.push({ node, contentIndent: markerIndent.length + markerText.length + contentOffset });
      paragraphOpen = firstLine.trim() !== '';
      afterBlank = false;
      return;
    }

    // A line that does not reach the item's indentation still continues its paragraph.
    const top = stack[stack.length - 1];
    const paragraph = top === undefined ? null : lastParagraph(top.node);
    if (depth < stack.length && paragraphOpen && paragraph !== null && !interruptsParagraph(line)) {
      paragraph.push(line.trim());
      afterBlank = false;
      return;
    }

    stack.length = depth;
    const container = stack[depth - 1];
    const fenceMatch = isFenceOpening(line) ? FENCE_OPEN.exec(line) : null;
    if (fenceMatch !== null) {
      const fenceText = fenceMatch[2];
      fence = { character: fenceText[0], length: fenceText.length, indent, lines: null };
      if (container === undefined) {
        blocks.push({ kind: 'other' });
      } else {
        fence.lines = [];
        container.node.content.push({ kind: 'code', lines: fence.lines });
      }
      paragraphOpen = false;
    } else if (container !== undefined) {
      const heading = HEADING.exec(line);
      const text = heading ? (heading[2] ?? '') : line.trim();
      const open = lastParagraph(container.node);
      if (paragraphOpen && !afterBlank && open !== null) {
        open.push(text);
      } else if (!THEMATIC_BREAK.test(line)) {
        container.node.content.push({ kind: 'paragraph', lines: [text] });
      }
      paragraphOpen = true;
    } else {
      const heading = HEADING.exec(line);
      const bold = BOLD_LINE.exec(line);
      const isBoldLine = bold !== null && !bold[2].includes(bold[1]);
      if (heading !== null) {
        blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] ?? '' });
        paragraphOpen = false;
      } else if (isBoldLine && !paragraphOpen && interruptsParagraph(lines[lineIndex + 1])) {
        blocks.push({ kind: 'bold_heading', text: bold[2] });
        paragraphOpen = false;
      } else {
        blocks.push({ kind: 'other' });
        paragraphOpen = !THEMATIC_BREAK.test(line);
      }
    }
    afterBlank = false;
  });

  return blocks;
}
