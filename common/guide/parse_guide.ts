import { CHECKLIST_SECTION_IDS, type ChecklistSectionId } from '../api/checklists';
import { extractGuideBlocks, restoreGuideBlockLabels } from './guide_blocks';
import { type ListItemNode, parseMarkdownBlocks } from './markdown_blocks';
import { markdownInlineToText } from './markdown_inline';

/** Titles of the guide sections that become checklists, as the prebuilt rule guides spell them. */
export const GUIDE_SECTION_TITLES: Readonly<Record<ChecklistSectionId, string>> = {
  investigation: 'Possible investigation steps',
  false_positive: 'False positive analysis',
  response: 'Response and remediation',
};

/** A bold line used as a heading ranks below `######`, so any real heading ends its section. */
const BOLD_HEADING_LEVEL = 7;

export interface ParsedGuideItem {
  /** Plain text of the list entry, with its nested entries appended as sentences. */
  text: string;
  /** The sub-heading or bold line above the entry inside its section, if any. */
  group: string | null;
}

export interface ParsedGuideSection {
  id: ChecklistSectionId;
  /** Whether the guide has a heading for this section, even one without list entries. */
  found: boolean;
  items: ParsedGuideItem[];
}

function normalizeTitle(title: string): string {
  return title
    .replace(/[\s:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const SECTION_BY_TITLE = new Map<string, ChecklistSectionId>(
  CHECKLIST_SECTION_IDS.map((id) => [normalizeTitle(GUIDE_SECTION_TITLES[id]), id]),
);

/** Appends `next` as a new sentence, adding a full stop when `text` lacks end punctuation. */
function appendSentence(text: string, next: string): string {
  if (text === '') {
    return next;
  }
  const separator = /[.!?:;]$/.test(text) ? ' ' : '. ';
  return `${text}${separator}${next}`;
}

/** Renders an entry and its nested entries as one line of plain text. */
function renderItem(node: ListItemNode): string {
  let text = '';
  for (const content of node.content) {
    let fragment: string;
    if (content.kind === 'paragraph') {
      fragment = markdownInlineToText(content.lines.join('\n'));
    } else if (content.kind === 'code') {
      fragment = content.lines
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((line) => `\`${line}\``)
        .join(' ');
    } else {
      fragment = renderItem(content.item);
    }
    if (fragment !== '') {
      text = appendSentence(text, fragment);
    }
  }
  return text;
}

/**
 * Parses the three checklist sections out of a rule's investigation guide (Markdown).
 *
 * A section starts at a heading (ATX `#` to `######` or setext) or a bold line whose title matches
 * one of `GUIDE_SECTION_TITLES`, ignoring case and a trailing colon. It ends at the
 * next heading of the same or a higher level. Deeper headings and bold lines inside a
 * section set the `group` of the entries below them. Each top-level list entry becomes
 * one item. Sections come back in `CHECKLIST_SECTION_IDS` order, and a section the guide
 * lacks has no items. A section title that occurs twice collects the entries of both.
 */
export function parseGuide(note: string): ParsedGuideSection[] {
  const { markdown, labels } = extractGuideBlocks(note);
  const toText = (text: string): string => restoreGuideBlockLabels(text, labels).trim();

  const sections = new Map<ChecklistSectionId, ParsedGuideSection>(
    CHECKLIST_SECTION_IDS.map((id) => [id, { id, found: false, items: [] }]),
  );
  let current: { section: ParsedGuideSection; level: number } | null = null;
  let group: string | null = null;

  for (const block of parseMarkdownBlocks(markdown)) {
    if (block.kind === 'heading' || block.kind === 'bold_heading') {
      const level = block.kind === 'heading' ? block.level : BOLD_HEADING_LEVEL;
      const title = toText(markdownInlineToText(block.text));
      const sectionId = SECTION_BY_TITLE.get(normalizeTitle(title));
      const section = sectionId === undefined ? undefined : sections.get(sectionId);
      if (section !== undefined) {
        section.found = true;
        current = { section, level };
        group = null;
      } else if (current !== null && level <= current.level) {
        current = null;
      } else if (current !== null) {
        group = title.replace(/[\s:]+$/, '') || null;
      }
    } else if (block.kind === 'list_item' && current !== null) {
      const text = toText(renderItem(block.item));
      if (text !== '') {
        current.section.items.push({ text, group });
      }
    }
  }

  return CHECKLIST_SECTION_IDS.map((id) => sections.get(id) ?? { id, found: false, items: [] });
}
