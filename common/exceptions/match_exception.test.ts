import type { ExceptionEntry } from './entries';
import { matchesAnyException, matchesEntries, wildcardToRegExp } from './match_exception';

const event = {
  '@timestamp': '2025-05-01T10:00:00Z',
  user: { name: 'alice' },
  host: { name: 'web-1' },
  process: {
    name: 'python3',
    command_line: 'python3 -m http.server 8000',
    working_directory: '/home/alice/site',
    parent: { name: 'bash', executable: '/usr/bin/bash' },
  },
  source: { ip: '10.1.2.3' },
  destination: { port: 8000 },
};

type Case = [string, ExceptionEntry, boolean];

/** Omits `operator` from each member of the union, which plain `Omit` would merge. */
type EntryWithoutOperator = ExceptionEntry extends infer Entry
  ? Entry extends ExceptionEntry
    ? Omit<Entry, 'operator'>
    : never
  : never;

function included(entry: EntryWithoutOperator): ExceptionEntry {
  return { ...entry, operator: 'included' } as ExceptionEntry;
}

const includedCases: Case[] = [
  ['match equal', included({ field: 'user.name', type: 'match', value: 'alice' }), true],
  ['match different', included({ field: 'user.name', type: 'match', value: 'bob' }), false],
  ['match case differs', included({ field: 'user.name', type: 'match', value: 'Alice' }), false],
  ['match port', included({ field: 'destination.port', type: 'match', value: '8000' }), true],
  ['match other port', included({ field: 'destination.port', type: 'match', value: '8080' }), false],
  ['match_any hit', included({ field: 'host.name', type: 'match_any', value: ['db-1', 'web-1'] }), true],
  ['match_any miss', included({ field: 'host.name', type: 'match_any', value: ['db-1', 'db-2'] }), false],
  ['wildcard star', included({ field: 'process.command_line', type: 'wildcard', value: 'python3 -m http.server *' }), true],
  ['wildcard question', included({ field: 'process.name', type: 'wildcard', value: 'python?' }), true],
  ['wildcard unanchored', included({ field: 'process.name', type: 'wildcard', value: 'python' }), false],
  ['wildcard case differs', included({ field: 'process.name', type: 'wildcard', value: 'PYTHON*' }), false],
  ['exists present', included({ field: 'process.parent.executable', type: 'exists' }), true],
  ['exists on working directory', included({ field: 'process.working_directory', type: 'exists' }), true],
];

describe('matchesEntries', () => {
  it.each(includedCases)('included %s', (_name, entry, expected) => {
    expect(matchesEntries([event], [entry])).toBe(expected);
  });

  it.each(includedCases)('excluded %s negates included', (_name, entry, expected) => {
    expect(matchesEntries([event], [{ ...entry, operator: 'excluded' }])).toBe(!expected);
  });

  it('treats a missing field as no match', () => {
    const entries: ExceptionEntry[] = [
      { field: 'user.name', type: 'match', operator: 'included', value: 'alice' },
    ];
    expect(matchesEntries([{}], entries)).toBe(false);
    expect(matchesEntries([{}], [{ ...entries[0]!, operator: 'excluded' }])).toBe(true);
    expect(matchesEntries([{}], [{ field: 'user.name', type: 'exists', operator: 'included' }])).toBe(false);
  });

  it('ignores nulls and empty arrays for exists', () => {
    const exists: ExceptionEntry = { field: 'host.name', type: 'exists', operator: 'included' };
    expect(matchesEntries([{ host: { name: null } }, { 'host.name': [] }], [exists])).toBe(false);
    expect(matchesEntries([{ 'host.name': [null, 'web-1'] }], [exists])).toBe(true);
  });

  it('reads dotted keys and array values', () => {
    const entry: ExceptionEntry = { field: 'host.name', type: 'match', operator: 'included', value: 'web-2' };
    expect(matchesEntries([{ 'host.name': ['web-1', 'web-2'] }], [entry])).toBe(true);
  });

  it.each<[string, string, boolean]>([
    ['10.1.2.3', '10.1.2.3', true],
    ['10.1.2.3', '10.1.2.4', false],
    ['10.1.2.3', '10.0.0.0/8', true],
    ['10.1.2.3', '192.168.0.0/16', false],
    ['10.1.2.3', '0.0.0.0/0', true],
    ['::ffff:10.1.2.3', '10.1.2.3', true],
    ['::ffff:10.1.2.3', '10.0.0.0/8', true],
    ['10.1.2.3', '::ffff:10.1.2.3', true],
    ['10.1.2.3', '::ffff:10.0.0.0/104', true],
    ['2001:db8::5', '2001:db8::/32', true],
    ['2001:db8::5', '2001:0db8:0000::5', true],
    ['2001:db9::5', '2001:db8::/32', false],
    ['10.1.2.3', '::/0', false],
    ['not-an-ip', '0.0.0.0/0', false],
  ])('source.ip %s against %s is %p', (address, value, expected) => {
    const entry: ExceptionEntry = { field: 'source.ip', type: 'match', operator: 'included', value };
    expect(matchesEntries([{ source: { ip: address } }], [entry])).toBe(expected);
  });

  it('matches any IP in match_any', () => {
    const entry: ExceptionEntry = {
      field: 'source.ip',
      type: 'match_any',
      operator: 'included',
      value: ['192.168.0.0/16', 'fd00::/8'],
    };
    expect(matchesEntries([{ source: { ip: 'fd12::1' } }], [entry])).toBe(true);
    expect(matchesEntries([{ source: { ip: '10.0.0.1' } }], [entry])).toBe(false);
  });

  it('ANDs entries within an exception', () => {
    const alice: ExceptionEntry = { field: 'user.name', type: 'match', operator: 'included', value: 'alice' };
    const db: ExceptionEntry = { field: 'host.name', type: 'match', operator: 'included', value: 'db-1' };
    const web: ExceptionEntry = { field: 'host.name', type: 'match', operator: 'included', value: 'web-1' };
    expect(matchesEntries([event], [alice, web])).toBe(true);
    expect(matchesEntries([event], [alice, db])).toBe(false);
  });

  it('unions fields across shell and building blocks', () => {
    const shell = { 'kibana.alert.uuid': 'shell-1', 'kibana.alert.group.id': 'group-1', host: { name: 'web-1' } };
    const blockA = { 'kibana.alert.uuid': 'a', process: { name: 'python3' } };
    const blockB = { 'kibana.alert.uuid': 'b', source: { ip: '203.0.113.7' } };
    const entries: ExceptionEntry[] = [
      { field: 'host.name', type: 'match', operator: 'included', value: 'web-1' },
      { field: 'process.name', type: 'match', operator: 'included', value: 'python3' },
      { field: 'source.ip', type: 'match', operator: 'included', value: '203.0.113.0/24' },
    ];
    expect(matchesEntries([shell, blockA, blockB], entries)).toBe(true);
    expect(matchesEntries([shell, blockA], entries)).toBe(false);
    expect(matchesEntries([shell], [{ field: 'process.name', type: 'exists', operator: 'excluded' }])).toBe(true);
    expect(matchesEntries([shell, blockA], [{ field: 'process.name', type: 'exists', operator: 'excluded' }])).toBe(
      false
    );
  });
});

describe('matchesAnyException', () => {
  const bob: ExceptionEntry = { field: 'user.name', type: 'match', operator: 'included', value: 'bob' };
  const web: ExceptionEntry = { field: 'host.name', type: 'match', operator: 'included', value: 'web-1' };

  it('ORs exceptions', () => {
    expect(matchesAnyException([event], [{ entries: [bob] }, { entries: [web] }])).toBe(true);
    expect(matchesAnyException([event], [{ entries: [bob] }, { entries: [bob, web] }])).toBe(false);
  });

  it('returns false for no exceptions', () => {
    expect(matchesAnyException([event], [])).toBe(false);
  });
});

describe('wildcardToRegExp', () => {
  it.each<[string, string, boolean]>([
    ['a.b', 'a.b', true],
    ['a.b', 'axb', false],
    ['(x)+[y]{2}|$^', '(x)+[y]{2}|$^', true],
    ['(x)+', 'xx', false],
    ['/srv/*', '/srv/www', true],
    ['a-b?', 'a-bc', true],
    ['a\\*', 'a*', true],
    ['a\\*', 'ab', false],
    ['a\\?', 'a?', true],
    ['a\\\\b', 'a\\b', true],
    ['*server*', 'python3 -m\nhttp.server', true],
    ['?', 'é', true],
    ['?', '😀', true],
  ])('pattern %j against %j is %p', (pattern, text, expected) => {
    expect(wildcardToRegExp(pattern).test(text)).toBe(expected);
  });
});
