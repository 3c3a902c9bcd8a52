import {
  ATX_HEADING,
  FENCE_CLOSE,
  LIST_MARKER,
  SETEXT_UNDERLINE,
  TASK_BOX,
  THEMATIC_BREAK,
  expandLeadingTabs,
  indentOf,
  interruptsParagraph,
  isBlank,
  matchBoldLine,
  matchFenceOpening,
} from './markdown_lines';

/**
 * A line-based reader for the block structure of an investigation guide: headings, bold
 * lines used as headings, nested lists and fenced code. It follows the CommonMark rules
 * for list nesting, continuation and lazy lines, and reports every other block
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

interface OpenItem {
  node: ListItemNode;
  /** Column where the item's content starts; lines indented this far belong to the item. */
  contentIndent: number;
}

interface OpenFence {
  character: string;
  length: number;
  indent: number;
  /** Destination of the code lines, or null for a fence outside any list entry. */
  lines: string[] | null;
}

class BlockReader {
  private readonly blocks: MarkdownBlock[] = [];
  private readonly stack: OpenItem[] = [];
  private fence: OpenFence | null = null;
  /** Lines of the paragraph that the next line may continue, inside an entry or not. */
  private paragraph: string[] | null = null;
  /**
   * Index in `blocks` of the open paragraph outside lists, which a setext underline turns
   * into a heading.
   */
  private topParagraphIndex: number | null = null;
  private afterBlank = true;

  read(lines: readonly string[]): MarkdownBlock[] {
    lines.forEach((line, index) => this.readLine(line, lines[index + 1]));
    return this.blocks;
  }

  private readLine(line: string, nextLine: string | undefined): void {
    if (this.fence !== null) {
      this.readFenceLine(line, this.fence);
      return;
    }
    if (isBlank(line)) {
      this.afterBlank = true;
      this.closeParagraph();
      return;
    }

    const indent = indentOf(line);
    let depth = this.stack.length;
    while (depth > 0 && this.stack[depth - 1].contentIndent > indent) {
      depth -= 1;
    }

    const marker = THEMATIC_BREAK.test(line) ? null : LIST_MARKER.exec(line);
    if (marker !== null) {
      this.openListItem(marker, depth);
    } else if (depth < this.stack.length && this.isLazyContinuation(line)) {
      this.paragraph?.push(line.trim());
    } else {
      this.stack.length = depth;
      const container = this.stack[depth - 1];
      const fenceOpening = matchFenceOpening(line);
      if (fenceOpening !== null) {
        this.openFence(fenceOpening[2], indent, container);
      } else if (container !== undefined) {
        this.readItemLine(line, container);
      } else {
        this.readTopLevelLine(line, nextLine);
      }
    }
    this.afterBlank = false;
  }

  private readFenceLine(line: string, fence: OpenFence): void {
    const closing = FENCE_CLOSE.exec(line);
    if (closing && closing[1][0] === fence.character && closing[1].length >= fence.length) {
      this.fence = null;
    } else {
      fence.lines?.push(line.slice(Math.min(indentOf(line), fence.indent)));
    }
  }

  /**
   * Checks for a lazy continuation line, which continues the entry's paragraph although it
   * is indented less than the entry's content.
   */
  private isLazyContinuation(line: string): boolean {
    return this.paragraph !== null && this.topParagraphIndex === null && !interruptsParagraph(line);
  }

  private openListItem(marker: RegExpExecArray, depth: number): void {
    this.stack.length = depth;
    this.closeParagraph();
    const [, markerIndent, markerText, spacing, rest] = marker;
    // Content more than four spaces past the marker is indented code, so it starts one column in.
    const contentOffset = rest === '' || spacing.length > 4 ? 1 : spacing.length;
    const node: ListItemNode = { content: [] };
    const firstLine = rest.replace(TASK_BOX, '');
    if (firstLine.trim() !== '') {
      this.paragraph = [firstLine];
      node.content.push({ kind: 'paragraph', lines: this.paragraph });
    }

    const parent = this.stack[depth - 1];
    if (parent === undefined) {
      this.blocks.push({ kind: 'list_item', item: node });
    } else {
      parent.node.content.push({ kind: 'item', item: node });
    }
    const contentIndent = markerIndent.length + markerText.length + contentOffset;
    this.stack.push({ node, contentIndent });
  }

  private openFence(fenceText: string, indent: number, container: OpenItem | undefined): void {
    this.closeParagraph();
    const fence = { character: fenceText[0], length: fenceText.length, indent };
    if (container === undefined) {
      this.fence = { ...fence, lines: null };
      this.blocks.push({ kind: 'other' });
      return;
    }
    const lines: string[] = [];
    this.fence = { ...fence, lines };
    container.node.content.push({ kind: 'code', lines });
  }

  private readItemLine(line: string, container: OpenItem): void {
    if (THEMATIC_BREAK.test(line) || SETEXT_UNDERLINE.test(line)) {
      this.closeParagraph();
      return;
    }
    const heading = ATX_HEADING.exec(line);
    const text = heading ? (heading[2] ?? '') : line.trim();
    if (this.paragraph !== null && !this.afterBlank && heading === null) {
      this.paragraph.push(text);
      return;
    }
    this.closeParagraph();
    this.paragraph = [text];
    container.node.content.push({ kind: 'paragraph', lines: this.paragraph });
  }

  private readTopLevelLine(line: string, nextLine: string | undefined): void {
    const heading = ATX_HEADING.exec(line);
    const underline = SETEXT_UNDERLINE.exec(line);
    const boldText = matchBoldLine(line);

    if (underline !== null && this.topParagraphIndex !== null && this.paragraph !== null) {
      const level = underline[1].startsWith('=') ? 1 : 2;
      const text = this.paragraph.join(' ');
      this.blocks[this.topParagraphIndex] = { kind: 'heading', level, text };
      this.closeParagraph();
    } else if (heading !== null) {
      this.closeParagraph();
      this.blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] ?? '' });
    } else if (THEMATIC_BREAK.test(line)) {
      this.closeParagraph();
      this.blocks.push({ kind: 'other' });
    } else if (this.paragraph !== null && this.topParagraphIndex !== null) {
      this.paragraph.push(line.trim());
    } else if (boldText !== null && interruptsParagraph(nextLine)) {
      this.closeParagraph();
      this.blocks.push({ kind: 'bold_heading', text: boldText });
    } else {
      this.closeParagraph();
      this.paragraph = [line.trim()];
      this.topParagraphIndex = this.blocks.length;
      this.blocks.push({ kind: 'other' });
    }
  }

  private closeParagraph(): void {
    this.paragraph = null;
    this.topParagraphIndex = null;
  }
}

/** Splits Markdown into headings, top-level list entries and other blocks, in order. */
export function parseMarkdownBlocks(markdown: string): MarkdownBlock[] {
  const lines = markdown.split(/\r\n|\r|\n/).map(expandLeadingTabs);
  return new BlockReader().read(lines);
}
