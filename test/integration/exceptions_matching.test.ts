import type { ExceptionDocument } from '../../common/api/exceptions';
import { alertsIndexForSpace, EXCEPTIONS_INDEX, RULE_IDS } from '../../common/constants';
import { buildExceptionsQuery } from '../../common/exceptions/build_exception_query';
import type { ExceptionEntry } from '../../common/exceptions/entries';
import { matchesAnyException } from '../../common/exceptions/match_exception';
import { readActiveExceptions } from '../../server/lib/exceptions/active_exceptions';
import { findMatchingAlerts } from '../../server/lib/exceptions/find_matching_alerts';
import type { MatchableException } from '../../server/lib/exceptions/match_alert';
import { callApi, closeTestEngineClient, resetExceptions, testEngineClient } from './helpers';

/** A space of its own, so the scratch alerts never reach the sample data's lists. */
const SPACE_ID = 'exceptions-matching-test';
const SCRATCH_INDEX = `.internal.alerts-security.alerts-${SPACE_ID}-000001`;
const ALERT_TIME = '2027-01-10T12:00:00.000Z';
const PERIOD = {
  start: new Date('2027-01-10T00:00:00.000Z'),
  end: new Date('2027-01-11T00:00:00.000Z'),
};

const server = {
  '@timestamp': ALERT_TIME,
  'kibana.space_ids': [SPACE_ID],
  'kibana.alert.rule.rule_id': RULE_IDS.connection,
  user: { name: 'student01' },
  host: { name: 'lab-01' },
  process: {
    name: 'php',
    command_line: 'php -S 0.0.0.0:8080',
    working_directory: '/home/student01/exercises/lab3',
    parent: { name: 'bash', executable: '/usr/bin/bash' },
  },
  source: { ip: '10.20.30.11' },
  destination: { port: 8080 },
};
const ipv6Server = { ...server, source: { ip: '2001:db8:20:30::11' } };
const mappedServer = { ...server, source: { ip: '::ffff:10.20.30.11' } };

type Operator = ExceptionEntry['operator'];

const user = (operator: Operator, value: string): ExceptionEntry => ({
  field: 'user.name',
  type: 'match',
  operator,
  value,
});
const hosts = (operator: Operator, value: string[]): ExceptionEntry => ({
  field: 'host.name',
  type: 'match_any',
  operator,
  value,
});
const commandLine = (operator: Operator, value: string): ExceptionEntry => ({
  field: 'process.command_line',
  type: 'wildcard',
  operator,
  value,
});
const directory = (operator: Operator, value: string): ExceptionEntry => ({
  field: 'process.working_directory',
  type: 'wildcard',
  operator,
  value,
});
const parentExists = (operator: Operator): ExceptionEntry => ({
  field: 'process.parent.executable',
  type: 'exists',
  operator,
});
const sourceIp = (operator: Operator, value: string): ExceptionEntry => ({
  field: 'source.ip',
  type: 'match',
  operator,
  value,
});
const ports = (operator: Operator, value: string[]): ExceptionEntry => ({
  field: 'destination.port',
  type: 'match_any',
  operator,
  value,
});

interface EntryCase {
  name: string;
  /** Exceptions, each a list of entries: entries AND, exceptions OR. */
  exceptions: ExceptionEntry[][];
  expected: boolean;
  document: Record<string, unknown>;
}

const entryCase = (
  name: string,
  exceptions: ExceptionEntry[][],
  expected: boolean,
  document: Record<string, unknown> = server
): EntryCase => ({ name, exceptions, expected, document });

const withoutParent = { ...server, process: { name: 'php' } };

const CASES: EntryCase[] = [
  entryCase('match included hit', [[user('included', 'student01')]], true),
  entryCase('match included miss', [[user('included', 'student02')]], false),
  entryCase('match is case-sensitive', [[user('included', 'Student01')]], false),
  entryCase('match excluded hit', [[user('excluded', 'student02')]], true),
  entryCase('match excluded miss', [[user('excluded', 'student01')]], false),
  entryCase('match_any included hit', [[hosts('included', ['lab-02', 'lab-01'])]], true),
  entryCase('match_any included miss', [[hosts('included', ['lab-02', 'lab-03'])]], false),
  entryCase('match_any excluded hit', [[hosts('excluded', ['web-01'])]], true),
  entryCase('match_any excluded miss', [[hosts('excluded', ['lab-01'])]], false),
  entryCase('wildcard star hit', [[commandLine('included', 'php -S *:8080')]], true),
  entryCase('wildcard star miss', [[commandLine('included', 'php -S *:9000')]], false),
  entryCase('wildcard question hit', [[directory('included', '/home/student0?/*/lab3')]], true),
  entryCase('wildcard question, one char', [[directory('included', '/home/student?/*')]], false),
  entryCase('wildcard is case-sensitive', [[commandLine('included', 'PHP -S *')]], false),
  entryCase('wildcard escaped star, literal', [[commandLine('included', 'php -S *80\\*')]], false),
  entryCase('wildcard excluded hit', [[commandLine('excluded', '*python*')]], true),
  entryCase('wildcard excluded miss', [[commandLine('excluded', 'php *')]], false),
  entryCase('exists included hit', [[parentExists('included')]], true),
  entryCase('exists excluded miss', [[parentExists('excluded')]], false),
  entryCase('exists included, field missing', [[parentExists('included')]], false, withoutParent),
  entryCase('exists excluded, field missing', [[parentExists('excluded')]], true, withoutParent),
  entryCase('ipv4 address hit', [[sourceIp('included', '10.20.30.11')]], true),
  entryCase('ipv4 cidr hit', [[sourceIp('included', '10.20.30.0/24')]], true),
  entryCase('ipv4 cidr miss', [[sourceIp('included', '10.20.31.0/24')]], false),
  entryCase('ipv4 cidr excluded miss', [[sourceIp('excluded', '10.0.0.0/8')]], false),
  entryCase('ipv4 cidr, ipv6 client', [[sourceIp('included', '10.20.30.0/24')]], false, ipv6Server),
  entryCase('ipv6 cidr hit', [[sourceIp('included', '2001:db8:20::/48')]], true, ipv6Server),
  entryCase('ipv6 cidr miss', [[sourceIp('included', '2001:db8:21::/48')]], false, ipv6Server),
  entryCase('ipv6 cidr excluded hit', [[sourceIp('excluded', 'fd00::/8')]], true, ipv6Server),
  entryCase('ipv4 cidr, mapped', [[sourceIp('included', '10.20.30.0/24')]], true, mappedServer),
  entryCase('port hit', [[ports('included', ['8000', '8080'])]], true),
  entryCase('port miss', [[ports('included', ['8000'])]], false),
  entryCase('port excluded hit', [[ports('excluded', ['8443'])]], true),
  entryCase(
    'and within an exception, all hold',
    [
      [
        user('included', 'student01'),
        sourceIp('included', '10.20.30.0/24'),
        ports('excluded', ['22']),
      ],
    ],
    true
  ),
  entryCase(
    'and within an exception, one fails',
    [[user('included', 'student01'), sourceIp('included', '192.168.0.0/16')]],
    false
  ),
  entryCase(
    'or across exceptions, one holds',
    [[user('included', 'mira')], [parentExists('included')]],
    true
  ),
  entryCase(
    'or across exceptions, none holds',
    [[user('included', 'mira')], [user('included', 'root')]],
    false
  ),
];

async function createScratchIndex(): Promise<void> {
  await deleteScratchIndex();
  // The sample data's template for `.internal.alerts-security.alerts-*` gives the alert
  // mappings, with `source.ip` as ip, `destination.port` as long and the command line as
  // a wildcard field.
  await testEngineClient().indices.create({
    index: SCRATCH_INDEX,
    aliases: { [alertsIndexForSpace(SPACE_ID)]: {} },
  });
}

async function deleteScratchIndex(): Promise<void> {
  await testEngineClient().indices.delete({ index: SCRATCH_INDEX, ignore_unavailable: true });
}

async function indexDocuments(documents: Record<string, Record<string, unknown>>): Promise<void> {
  const operations = Object.entries(documents).flatMap(([id, document]) => [
    { index: { _index: SCRATCH_INDEX, _id: id } },
    { 'kibana.alert.uuid': id, ...document },
  ]);
  const response = await testEngineClient().bulk({ operations, refresh: true });
  expect(response.errors).toBe(false);
}

describe('exception entry semantics on the engine', () => {
  beforeAll(async () => {
    await createScratchIndex();
    await indexDocuments(Object.fromEntries(CASES.map((item, i) => [`case-${i}`, item.document])));
  });
  afterAll(deleteScratchIndex);

  it.each(CASES.map((item, i) => [item.name, i, item] as const))('%s', async (_name, i, item) => {
    const exceptions = item.exceptions.map((entries) => ({ entries }));
    const response = await testEngineClient().search({
      index: SCRATCH_INDEX,
      size: 1,
      query: {
        bool: { filter: [{ ids: { values: [`case-${i}`] } }, buildExceptionsQuery(exceptions)] },
      },
    });
    const engineMatched = response.hits.hits.length === 1;

    expect(engineMatched).toBe(item.expected);
    expect(matchesAnyException([item.document], exceptions)).toBe(item.expected);
  });
});

describe('findMatchingAlerts on the engine', () => {
  const group = (id: string) => ({ 'kibana.alert.group.id': id });
  const block = (id: string, index: number) => ({
    ...group(id),
    'kibana.alert.building_block_type': 'default',
    'kibana.alert.group.index': index,
  });
  const shared = { ...server, process: { name: 'php' }, source: undefined, destination: undefined };
  const alerts: Record<string, Record<string, unknown>> = {
    // A sequence: the shell keeps only the shared fields, the blocks carry the rest.
    'lab-shell': { ...shared, ...group('g-lab') },
    'lab-process': { ...shared, ...block('g-lab', 0), process: server.process },
    'lab-connection': { ...server, ...block('g-lab', 1), process: { name: 'php' } },
    // A single-event alert of another rule.
    'lab-creation': { ...server, 'kibana.alert.rule.rule_id': RULE_IDS.creation },
    // The same server a day later, outside the period.
    'lab-later': { ...server, '@timestamp': '2027-01-11T12:00:00.000Z' },
  };
  const lab = (id: string, ruleIds: string[], entries: ExceptionEntry[]): MatchableException => ({
    id,
    rule_ids: ruleIds,
    entries,
  });
  const find = (exceptions: MatchableException[]) =>
    findMatchingAlerts({
      esClient: testEngineClient(),
      spaceId: SPACE_ID,
      exceptions,
      period: PERIOD,
    });

  beforeAll(async () => {
    await createScratchIndex();
    await indexDocuments(alerts);
  });
  afterAll(deleteScratchIndex);

  it('matches a shell through fields of different building blocks', async () => {
    const exception = lab('lab', [RULE_IDS.connection], [
      directory('included', '/home/student*/exercises/*'),
      sourceIp('included', '10.20.30.0/24'),
      user('included', 'student01'),
    ]);
    const matches = await find([exception]);
    expect([...matches.entries()]).toEqual([['lab-shell', ['lab']]]);
  });

  it('keeps to the rules of the exception', async () => {
    const bothRules = [RULE_IDS.connection, RULE_IDS.creation];
    const both = lab('both', bothRules, [user('included', 'student01')]);
    const creation = lab('creation', [RULE_IDS.creation], [user('included', 'student01')]);
    const matches = await find([both, creation]);
    expect(matches.get('lab-shell')).toEqual(['both']);
    expect(matches.get('lab-creation')).toEqual(['both', 'creation']);
    expect(matches.has('lab-later')).toBe(false);
  });

  it('matches with only excluded entries', async () => {
    const notRoot = lab('not-root', [RULE_IDS.connection], [user('excluded', 'root')]);
    const matches = await find([notRoot]);
    expect([...matches.keys()]).toEqual(['lab-shell']);
  });

  it('applies an excluded entry to the whole group', async () => {
    const notLab3 = lab('not-lab3', [RULE_IDS.connection], [
      user('included', 'student01'),
      directory('excluded', '*/lab3'),
    ]);
    expect((await find([notLab3])).size).toBe(0);
  });
});

describe('readActiveExceptions on the engine', () => {
  const now = new Date();
  const hourMs = 60 * 60 * 1000;
  const hoursFromNow = (hours: number) => new Date(now.valueOf() + hours * hourMs).toISOString();
  const exceptionDocument = (
    id: string,
    fields: Partial<ExceptionDocument>
  ): ExceptionDocument => ({
    id,
    space_id: SPACE_ID,
    name: id,
    reason: 'Students run php -S in class.',
    category: 'training',
    rule_ids: [RULE_IDS.connection],
    entries: [user('included', 'student01')],
    expire_time: null,
    state: 'active',
    created_by: 'admin',
    created_at: now.toISOString(),
    updated_by: 'admin',
    updated_at: now.toISOString(),
    proposal: null,
    decision: null,
    list_items: [],
    ...fields,
  });
  const documents = [
    exceptionDocument('never-expires', {}),
    exceptionDocument('expires-later', { expire_time: hoursFromNow(1) }),
    exceptionDocument('expired', { expire_time: hoursFromNow(-1) }),
    exceptionDocument('proposed', { state: 'proposed' }),
    exceptionDocument('rejected', { state: 'rejected' }),
    exceptionDocument('other-space', { space_id: 'default' }),
  ];

  beforeAll(async () => {
    // The host installs the exceptions index in the background; a route call waits for it.
    const installed = await callApi('/investigations', { query: { per_page: '1' } });
    expect(installed.status).toBe(200);
    await resetExceptions();
    const operations = documents.flatMap((document) => [
      { index: { _index: EXCEPTIONS_INDEX, _id: `${document.space_id}:${document.id}` } },
      document,
    ]);
    const response = await testEngineClient().bulk({ operations, refresh: true });
    expect(response.errors).toBe(false);
  });
  afterAll(async () => {
    await resetExceptions();
    await closeTestEngineClient();
  });

  it('reads active exceptions that have not expired', async () => {
    const active = await readActiveExceptions(testEngineClient(), SPACE_ID, now);
    const ids = active.map((exception) => exception.id).sort();
    expect(ids).toEqual(['expires-later', 'never-expires']);
    expect(active.every((exception) => exception.summary.status === 'active')).toBe(true);
  });

  it('stops matching once the expire time passes', async () => {
    const later = new Date(now.valueOf() + 2 * hourMs);
    const active = await readActiveExceptions(testEngineClient(), SPACE_ID, later);
    expect(active.map((exception) => exception.id)).toEqual(['never-expires']);
  });
});
