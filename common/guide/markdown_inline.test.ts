import { markdownInlineToText } from './markdown_inline';

describe('markdownInlineToText', () => {
  test.each([
    ['strong', '**bold** and __also__', 'bold and also'],
    ['emphasis', '*em* and _em_', 'em and em'],
    ['nested emphasis', '***both*** and **_mixed_**', 'both and mixed'],
    ['single letter emphasis', '*a* b', 'a b'],
    ['strikethrough', '~~gone~~ kept', 'gone kept'],
    ['snake case', 'user_agent_original and __init__value', 'user_agent_original and __init__value'],
    ['spaced asterisks', '2 * 3 * 4', '2 * 3 * 4'],
    ['inline link', '[docs](https://example.com "Title")', 'docs'],
    ['link with parentheses', '[x](https://e.com/a_(b))', 'x'],
    ['reference link', '[docs][ref] and [plain]', 'docs and [plain]'],
    ['image', '![alt text](img.png)', 'alt text'],
    ['autolink', '<https://example.com/a_b_c>', 'https://example.com/a_b_c'],
    ['html tags', 'a <b>bold</b> <br/> c <!-- hidden -->', 'a bold c'],
    ['comparison kept', 'a < b and c > d', 'a < b and c > d'],
    ['code span', 'run `ls *.txt` now', 'run `ls *.txt` now'],
    ['code span padding', '` padded `', '`padded`'],
    ['code span with backtick', '`` `tick` ``', '`` `tick` ``'],
    ['code span keeps entity', '`&amp;`', '`&amp;`'],
    ['code span with html', '`<gcp.audit.request>`', '`<gcp.audit.request>`'],
    ['unmatched backtick', 'a ` b', 'a ` b'],
    ['backslash escape', '\\*not em\\* and \\_x\\_', '*not em* and _x_'],
    ['named entities', 'AT&amp;T &lt;x&gt; &quot;q&quot; a&nbsp;b', 'AT&T <x> "q" a b'],
    ['numeric entities', '&#169; &#x2014; &#0;', '\u00A9 \u2014 &#0;'],
    ['unknown entity', '&bogus;', '&bogus;'],
    ['hard breaks', 'one  \ntwo\\\nthree', 'one two three'],
    ['whitespace', '  many   spaces\n\tand tabs ', 'many spaces and tabs'],
  ])('%s', (_name, markdown, expected) => {
    expect(markdownInlineToText(markdown)).toBe(expected);
  });

  test('empty input', () => {
    expect(markdownInlineToText('')).toBe('');
  });
});
