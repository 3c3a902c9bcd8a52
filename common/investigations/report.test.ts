import type { DerivedFact } from '../api/evidence';
import { escapeBlock, escapeInline } from './markdown_escape';
import { buildInvestigationReport } from './report';
import { renderMarkdown } from './render_markdown.test_support';
import { CHECKLISTS, LATER, buildInvestigation, withCheckedSteps } from './test_investigations';

const HOSTILE_NOTE = [
  '# Heading',
  'Setext heading',
  '===',
  '[link](https://evil.example/x) and ![image](https://evil.example/i.png)',
  'https://evil.example/bare www.evil.example mail@evil.example',
  '<script>alert(1)</script> <img src=x onerror=alert(1)>',
  '> quote',
  '- list item',
  '1. ordered',
  '| a | b |',
  '```',
  '    indented code',
  '**bold** _em_ `code` ~~strike~~ [^1]',
].join('\n');

const render = (markdown: string): string => renderMarkdown([markdown])[0] ?? '';

describe('escapeInline', () => {
  it.each([
    ['# not a heading', '\\# not a heading'],
    ['a\nb\r\nc', 'a b c'],
    ['<b>&amp;', '&lt;b&gt;&amp;amp;'],
    ['[x](y)', '\\[x\\](y)'],
    ['https://a.b', 'https\\://a.b'],
    ['see www.example.org', 'see www\\.example.org'],
    ['- item', '\\- item'],
    ['12. item', '12\\. item'],
    ['web-01 at 2026-12-04T17:08:26.065Z.', 'web-01 at 2026-12-04T17:08:26.065Z.'],
    ['plain words', 'plain words'],
  ])('escapes %j', (text, expected) => {
    expect(escapeInline(text)).toBe(expected);
  });

  it('renders back to the same text', () => {
    const text = 'a*b_c `d` [e](f) <g> & h#1 | i ~j~ k=l m:n o@p.q!';
    expect(render(escapeInline(text))).toBe(`<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>\n`);
  });
});

describe('escapeBlock', () => {
  it('joins lines with hard breaks and drops blank lines', () => {
    expect(escapeBlock('one\n\n  two.\n', '  ')).toBe('one\\\n  two.');
  });

  it('renders hostile Markdown as text', () => {
    const html = render(escapeBlock(HOSTILE_NOTE, ''));
    expect(html).not.toMatch(/<(h\d|a|img|script|blockquote|ul|ol|table|pre|code|strong|em|del)\b/);
    expect(html).toContain('# Heading');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('buildInvestigationReport', () => {
  const facts: DerivedFact[] = [
    { id: 'public_clients', value: 3, concerning: true, events: [{ id: 'e1', index: 'i' }] },
    { id: 'cgi_enabled', value: false, concerning: false, events: [] },
  ];
  const base = withCheckedSteps(
    buildInvestigation({
      status: 'approved',
      verdict: 'true_positive',
      closing_reason: 'Host rebuilt',
      reviewed_at: LATER,
      reviewed_by: 'lead',
      review_comments: [{ action: 'approved', author: 'lead', created_at: LATER, comment: HOSTILE_NOTE }],
    }),
    ['investigation-1', 'response-1']
  );
  const investigation = {
    ...base,
    steps: base.steps.map((step) =>
      step.item_id === 'investigation-1'
        ? { ...step, note: HOSTILE_NOTE, note_updated_by: 'analyst', note_updated_at: LATER }
        : step.item_id === 'response-1'
          ? { ...step, action_taken: 'Isolated web-01' }
          : step
    ),
  };
  const report = buildInvestigationReport({ investigation, checklists: CHECKLISTS, facts, generatedAt: LATER });
  const html = render(report);

  it('has the title, the summary and one heading per section', () => {
    expect(report.startsWith('# Investigation of alert alert-1\n')).toBe(true);
    expect(report).toContain('| Verdict | true\\_positive |');
    expect(report).toContain('| Reviewed | 2026-12-04T11:00:00.000Z by lead |');
    expect(html.match(/<h2>/g)).toHaveLength(5);
    expect(html).toContain('<h2>Possible investigation steps</h2>');
    expect(html).toContain('<h2>Response and remediation</h2>');
  });

  it('marks checked steps and shows notes and actions', () => {
    expect(report).toContain('- [x] Review the process (investigation-1)');
    expect(report).toContain('- [ ] Review the clients (investigation-2)');
    expect(report).toContain('Isolated web-01');
    expect(html).toContain('type="checkbox"');
  });

  it('keeps notes and comments from adding markup', () => {
    expect(html.match(/<h\d/g)).toHaveLength(6);
    expect(html.match(/<table/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(a|img|script|blockquote|ol|pre|strong|em|del)\b/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('lists the evidence facts', () => {
    expect(report).toContain('- public\\_clients: 3, concerning, from 1 event');
    expect(report).toContain('- cgi\\_enabled: false, from 0 events');
  });

  it('says when facts or review comments are missing', () => {
    const plain = buildInvestigationReport({ investigation: buildInvestigation(), checklists: CHECKLISTS, generatedAt: LATER });
    expect(plain).toContain('The evidence could not be read when the report was made.');
    expect(plain).toContain('No review comments.');
  });

  it('says when the guide changed and lists steps the current guide lacks', () => {
    const older = buildInvestigation({ guide_hash: 'b'.repeat(64) });
    const withOldStep = { ...older, steps: [...older.steps, { ...older.steps[0], item_id: 'investigation-7', checked: true }] };
    const changed = buildInvestigationReport({ investigation: withOldStep, checklists: CHECKLISTS, generatedAt: LATER });
    expect(changed).toContain("The rule's investigation guide changed after this investigation started");
    expect(changed).toContain('## Steps missing from the current guide');
    expect(changed).toContain('- [x] investigation-7');
  });
});
