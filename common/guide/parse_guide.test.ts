import type { ChecklistSectionId } from '../api/checklists';
import { parseGuide } from './parse_guide';

function texts(note: string, id: ChecklistSectionId): string[] {
  const section = parseGuide(note).find((candidate) => candidate.id === id);
  return section === undefined ? [] : section.items.map((item) => item.text);
}

function groups(note: string, id: ChecklistSectionId): Array<string | null> {
  const section = parseGuide(note).find((candidate) => candidate.id === id);
  return section === undefined ? [] : section.items.map((item) => item.group);
}

const lines = (...rows: string[]): string => rows.join('\n');

describe('parseGuide section detection', () => {
  test('empty note', () => {
    const sections = parseGuide('');
    expect(sections.map((section) => section.id)).toEqual([
      'investigation',
      'false_positive',
      'response',
    ]);
    for (const section of sections) {
      expect(section.found).toBe(false);
      expect(section.items).toEqual([]);
    }
  });

  test('missing section has no items', () => {
    const note = lines('### Possible investigation steps', '- Check A', '### Response and remediation', '- Do B');
    const sections = parseGuide(note);
    expect(sections[1]).toEqual({ id: 'false_positive', found: false, items: [] });
    expect(texts(note, 'investigation')).toEqual(['Check A']);
    expect(texts(note, 'response')).toEqual(['Do B']);
  });

  test('heading found without list', () => {
    const note = lines('## False positive analysis', '', 'Nothing to add.');
    expect(parseGuide(note)[1]).toEqual({ id: 'false_positive', found: true, items: [] });
  });

  test('level four headings', () => {
    const note = lines('#### Possible investigation steps', '- Step one', '- Step two');
    expect(texts(note, 'investigation')).toEqual(['Step one', 'Step two']);
  });

  test('any heading level from one to six', () => {
    for (let level = 1; level <= 6; level += 1) {
      const note = `${'#'.repeat(level)} Response and remediation\n- Act`;
      expect(texts(note, 'response')).toEqual(['Act']);
    }
  });

  test('title matching ignores case', () => {
    expect(texts('### POSSIBLE Investigation STEPS\n- Look', 'investigation')).toEqual(['Look']);
  });

  test('heading with trailing colon', () => {
    expect(texts('### False positive analysis:\n- Benign', 'false_positive')).toEqual(['Benign']);
  });

  test('heading with closing hashes', () => {
    expect(texts('## Response and remediation ##\n- Act', 'response')).toEqual(['Act']);
  });

  test('bold line as section heading', () => {
    const note = lines(
      '**Possible investigation steps**',
      '- Look',
      '',
      '**False positive analysis:**',
      '- Benign',
      '',
      '**Related rules**',
      '- Other rule',
    );
    expect(texts(note, 'investigation')).toEqual(['Look']);
    expect(texts(note, 'false_positive')).toEqual(['Benign']);
  });

  test('setext heading', () => {
    const note = lines('Possible investigation steps', '----------------------------', '- Look', '', 'Other', '=====', '- Not a step');
    expect(texts(note, 'investigation')).toEqual(['Look']);
  });

  test('section at end of text', () => {
    const note = lines('### Possible investigation steps', '- Look', '### Response and remediation', '- Last step');
    expect(texts(note, 'response')).toEqual(['Last step']);
  });

  test('section ends at heading of same level', () => {
    const note = lines('### Possible investigation steps', '- Look', '### Related rules', '- Rule A');
    expect(texts(note, 'investigation')).toEqual(['Look']);
  });

  test('section ends at higher heading', () => {
    const note = lines('#### Possible investigation steps', '- Look', '### Related rules', '- Rule A');
    expect(texts(note, 'investigation')).toEqual(['Look']);
  });

  test('deeper heading starts a group', () => {
    const note = lines(
      '### Response and remediation',
      '- First',
      '#### Containment',
      '- Isolate',
      '#### Recovery:',
      '- Restore',
    );
    expect(texts(note, 'response')).toEqual(['First', 'Isolate', 'Restore']);
    expect(groups(note, 'response')).toEqual([null, 'Containment', 'Recovery']);
  });

  test('bold line inside section starts a group', () => {
    const note = lines(
      '### Response and remediation',
      '',
      '> Follow these steps.',
      '',
      '**Immediate containment**',
      '- Isolate',
      '',
      '**Recovery**',
      '- Restore',
    );
    expect(texts(note, 'response')).toEqual(['Isolate', 'Restore']);
    expect(groups(note, 'response')).toEqual(['Immediate containment', 'Recovery']);
  });

  test('bold text inside a paragraph is no heading', () => {
    const note = lines('### Response and remediation', 'Read this', '**Immediate containment**', '- Isolate');
    expect(groups(note, 'response')).toEqual([null]);
  });

  test('repeated section title collects both lists', () => {
    const note = lines('### Response and remediation', '- A', '### Notes', '### Response and remediation', '- B');
    expect(texts(note, 'response')).toEqual(['A', 'B']);
  });

  test('text outside sections is ignored', () => {
    const note = lines('## Triage and analysis', '- Not a step', '### Possible investigation steps', '- Step');
    expect(texts(note, 'investigation')).toEqual(['Step']);
  });

  test('hash lines in code fence are no headings', () => {
    const note = lines(
      '### Possible investigation steps',
      '- Before',
      '```bash',
      '# Response and remediation',
      '```',
      '- After',
    );
    expect(texts(note, 'investigation')).toEqual(['Before', 'After']);
    expect(texts(note, 'response')).toEqual([]);
  });

  test('CRLF line endings', () => {
    const note = '### Possible investigation steps\r\n\r\n- Step one\r\n  continued\r\n- Step two\r\n';
    expect(texts(note, 'investigation')).toEqual(['Step one continued', 'Step two']);
  });

  test('old Mac line endings', () => {
    expect(texts('### Response and remediation\r- A\r- B', 'response')).toEqual(['A', 'B']);
  });
});

describe('parseGuide list entries', () => {
  const section = (...rows: string[]): string => lines('### Possible investigation steps', ...rows);

  test('numbered lists', () => {
    expect(texts(section('1. One', '2. Two', '10) Ten'), 'investigation')).toEqual(['One', 'Two', 'Ten']);
  });

  test('star and plus markers', () => {
    expect(texts(section('* Star', '+ Plus', '- Dash'), 'investigation')).toEqual(['Star', 'Plus', 'Dash']);
  });

  test('nested entries fold into parent', () => {
    const note = section('- Check the host:', '  - Services', '    1. Running ones', '  - Users', '- Next');
    expect(texts(note, 'investigation')).toEqual(['Check the host: Services. Running ones. Users', 'Next']);
  });

  test('nested entry at marker width indent', () => {
    const note = section('1. Parent', '   - Child', '2. Sibling');
    expect(texts(note, 'investigation')).toEqual(['Parent. Child', 'Sibling']);
  });

  test('tab-indented nested entry', () => {
    expect(texts(section('- Parent', '\t- Child'), 'investigation')).toEqual(['Parent. Child']);
  });

  test('continuation and lazy lines', () => {
    const note = section('- First line', '  second line', 'lazy third line', '- Next');
    expect(texts(note, 'investigation')).toEqual(['First line second line lazy third line', 'Next']);
  });

  test('loose list with paragraphs', () => {
    const note = section('- **Title.**  ', '  Body text.', '', '  More body', '', '- Second');
    expect(texts(note, 'investigation')).toEqual(['Title. Body text. More body', 'Second']);
  });

  test('unindented paragraph after blank ends list', () => {
    const note = section('- Step', '', 'Closing remark.', '- New list');
    expect(texts(note, 'investigation')).toEqual(['Step', 'New list']);
  });

  test('code fence inside entry', () => {
    const note = section('- Run:', '  ```bash', '  ls -la', '', '  id', '  ```', '- Next');
    expect(texts(note, 'investigation')).toEqual(['Run: `ls -la` `id`', 'Next']);
  });

  test('task boxes are dropped', () => {
    expect(texts(section('- [ ] Open', '- [x] Done'), 'investigation')).toEqual(['Open', 'Done']);
  });

  test('empty entries are skipped', () => {
    expect(texts(section('-', '- Real'), 'investigation')).toEqual(['Real']);
  });

  test('thematic break is no entry', () => {
    expect(texts(section('- A', '* * *', '- B'), 'investigation')).toEqual(['A', 'B']);
  });
});

describe('parseGuide text cleanup', () => {
  const item = (markdown: string): string | undefined =>
    texts(`### Response and remediation\n- ${markdown}`, 'response')[0];

  test('emphasis and links are stripped', () => {
    expect(item('**Bold** and *em* and _under_ and [link](https://example.com/a_(b))')).toBe(
      'Bold and em and under and link',
    );
  });

  test('inline code keeps backticks', () => {
    expect(item('Filter by `process.entity_id` and ``a`b``')).toBe(
      'Filter by `process.entity_id` and `` a`b ``',
    );
  });

  test('investigate block uses label', () => {
    expect(item('Open !{investigate{"label":"Alerts for {{host.name}}","providers":[]}}')).toBe(
      'Open Alerts for {{host.name}}',
    );
  });

  test('osquery block without label', () => {
    expect(item('!{osquery{"query":"SELECT * FROM users"}}')).toBe('Osquery query');
  });

  test('investigate block with invalid JSON', () => {
    expect(item('See !{investigate{"label": oops}} now')).toBe('See Timeline investigation now');
  });

  test('unterminated block replaced to line end', () => {
    expect(item('See !{osquery{"label":"x"')).toBe('See Osquery query');
  });

  test('label text is not read as Markdown', () => {
    expect(item('!{osquery{"label":"Read **all** `rows`"}}')).toBe('Read **all** `rows`');
  });
});
