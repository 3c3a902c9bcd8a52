import { extractGuideBlocks, restoreGuideBlockLabels } from './guide_blocks';

function replaceBlocks(markdown: string): string {
  const extracted = extractGuideBlocks(markdown);
  return restoreGuideBlockLabels(extracted.markdown, extracted.labels);
}

describe('extractGuideBlocks', () => {
  test('text without blocks is unchanged', () => {
    expect(extractGuideBlocks('plain {text} !{ not a block')).toEqual({
      markdown: 'plain {text} !{ not a block',
      labels: [],
    });
  });

  test('labels in block order', () => {
    const extracted = extractGuideBlocks('a !{osquery{"label":"One"}} b !{investigate{"label":"Two"}}');
    expect(extracted.labels).toEqual(['One', 'Two']);
    expect(extracted.markdown).not.toContain('!{');
  });

  test('braces and quotes inside strings', () => {
    const block = '!{investigate{"label":"Say \\"}}\\" {{user.id}}","providers":[[{"value":"}"}]]}}';
    expect(replaceBlocks(`before ${block} after`)).toBe('before Say "}}" {{user.id}} after');
  });

  test('JSON spanning lines', () => {
    expect(replaceBlocks('x !{osquery{\n  "label": "Multi",\n  "query": "SELECT 1"\n}} y')).toBe('x Multi y');
  });

  test('fallback labels by kind', () => {
    expect(replaceBlocks('!{investigate{}}')).toBe('Timeline investigation');
    expect(replaceBlocks('!{insight{"label":"  "}}')).toBe('Timeline investigation');
    expect(replaceBlocks('!{osquery{"label":3}}')).toBe('Osquery query');
    expect(replaceBlocks('!{lens{}}')).toBe('Interactive guide action');
  });

  test('label whitespace is collapsed', () => {
    expect(replaceBlocks('!{osquery{"label":"Two\\n  lines"}}')).toBe('Two lines');
  });

  test('unterminated block ends at line end', () => {
    expect(replaceBlocks('a !{osquery{"label":"x"\nnext line')).toBe('a Osquery query\nnext line');
  });

  test('missing outer brace ends at line end', () => {
    expect(replaceBlocks('a !{osquery{"label":"x"} tail\nnext')).toBe('a Osquery query\nnext');
  });

  test('placeholder characters in input are dropped', () => {
    expect(replaceBlocks('a\uE0020\uE003b')).toBe('a0b');
  });
});
