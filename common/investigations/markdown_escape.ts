/**
 * Escapes text from users and events for a Markdown report, so that it renders as the
 * same text and cannot add headings, lists, quotes, tables, emphasis, links or HTML. Host
 * names, dates and sentences stay readable in the raw file. `&`, `<` and `>` become
 * entities, so no HTML tag or autolink can start. Emphasis, code, link, table and
 * strikethrough characters get a backslash everywhere. Block syntax (`#`, `>`, `-`, `+`,
 * `=`, `1.`) gets one only at the start of a line. GFM turns bare `https://`, `www.` and
 * e-mail addresses into links, so the `:` of `://`, the `.` after `www` and every `@`
 * are escaped too.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

const INLINE_CHARACTERS = /[&<>\\`*_[\]|~@]/g;
const LINE_START_MARKER = /^([#>+=-])/;
const LINE_START_ORDERED = /^(\d+)([.)])/;

function escapeCharacters(text: string): string {
  return text
    .replace(INLINE_CHARACTERS, (character) => ENTITIES[character] ?? `\\${character}`)
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(LINE_START_MARKER, '\\$1')
    .replace(LINE_START_ORDERED, '$1\\$2');
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
