/**
 * Escapes text from users and events for a Markdown report, so that it renders as the
 * same text and cannot add headings, lists, quotes, tables, emphasis, links or HTML.
 * CommonMark lets a backslash escape any ASCII punctuation. `:`, `.` and `@` are escaped
 * too because GFM turns bare `https://`, `www.` and e-mail addresses into links. `&`, `<`
 * and `>` become entities, so no HTML tag, autolink or block quote can start.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

const SPECIAL_CHARACTERS = /[&<>\\`*_{}[\]()#+\-.!|~=:@]/g;

function escapeCharacters(text: string): string {
  return text.replace(SPECIAL_CHARACTERS, (character) => ENTITIES[character] ?? `\\${character}`);
}

/** Escapes text for one line, such as a table cell or a list item: line breaks become spaces. */
export function escapeInline(text: string): string {
  return escapeCharacters(text.replace(/\s+/g, ' ').trim());
}

/**
 * Escapes multi-line text for a list item's body. Each non-blank line loses its leading
 * whitespace, which would otherwise start a code block, and lines are joined with hard
 * breaks and indented by `indent` so they stay inside the list item.
 */
export function escapeBlock(text: string, indent: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(escapeCharacters)
    .join(`\\\n${indent}`);
}
