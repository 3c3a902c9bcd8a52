import { type ListItemNode, parseMarkdownBlocks } from './markdown_blocks';

function listItems(markdown: string): ListItemNode[] {
  return parseMarkdownBlocks(markdown).flatMap((block) =>
    block.kind === 'list_item' ? [block.item] : [],
  );
}

describe('parseMarkdownBlocks', () => {
  test('block kinds in order', () => {
    const blocks = parseMarkdownBlocks('# Title\n\nText\n\n**Bold**\n- item\n');
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'other', 'bold_heading', 'list_item']);
  });

  test('heading level and text', () => {
    expect(parseMarkdownBlocks('### Three ###')).toEqual([{ kind: 'heading', level: 3, text: 'Three' }]);
  });

  test('hash without space is no heading', () => {
    expect(parseMarkdownBlocks('#hashtag')).toEqual([{ kind: 'other' }]);
  });

  test('four-space indented hash is no heading', () => {
    expect(parseMarkdownBlocks('    # code')).toEqual([{ kind: 'other' }]);
  });

  test('bold line with trailing text is no heading', () => {
    expect(parseMarkdownBlocks('**Note** and **more**')).toEqual([{ kind: 'other' }]);
  });

  test('bold line followed by text is no heading', () => {
    expect(parseMarkdownBlocks('**Note**\ncontinues here')).toEqual([{ kind: 'other' }]);
  });

  test('setext headings', () => {
    expect(parseMarkdownBlocks('Top\n===\n\nTwo\nlines\n---')).toEqual([
      { kind: 'heading', level: 1, text: 'Top' },
      { kind: 'heading', level: 2, text: 'Two lines' },
    ]);
  });

  test('dashes after a list are a break', () => {
    expect(parseMarkdownBlocks('- a\n---').map((block) => block.kind)).toEqual(['list_item', 'other']);
  });

  test('lazy line joins entry paragraph', () => {
    const [item] = listItems('- first\nlazy **bold**\n- next');
    expect(item.content).toEqual([{ kind: 'paragraph', lines: ['first', 'lazy **bold**'] }]);
  });

  test('nested structure', () => {
    const [item] = listItems('- parent\n  - child\n    more\n  - second child');
    expect(item.content).toEqual([
      { kind: 'paragraph', lines: ['parent'] },
      { kind: 'item', item: { content: [{ kind: 'paragraph', lines: ['child', 'more'] }] } },
      { kind: 'item', item: { content: [{ kind: 'paragraph', lines: ['second child'] }] } },
    ]);
  });

  test('entry content starting after blank marker line', () => {
    const [item] = listItems('-\n  text below');
    expect(item.content).toEqual([{ kind: 'paragraph', lines: ['text below'] }]);
  });

  test('code fence inside entry', () => {
    const [item] = listItems('- run\n  ~~~\n  # not heading\n  ~~~');
    expect(item.content[1]).toEqual({ kind: 'code', lines: ['# not heading'] });
  });

  test('unclosed fence runs to end', () => {
    expect(parseMarkdownBlocks('```\n# a\n- b').map((block) => block.kind)).toEqual(['other']);
  });

  test('heading ends list without blank line', () => {
    const blocks = parseMarkdownBlocks('- a\n## Next\n- b');
    expect(blocks.map((block) => block.kind)).toEqual(['list_item', 'heading', 'list_item']);
  });
});
