import type { ExceptionRecord } from '../../../common/api/exceptions';
import { RULE_IDS } from '../../../common/constants';
import type { Logger } from '../../kibana_contracts';
import {
  KibanaExceptionListSync,
  parseRuleDefaultList,
  toExceptionListItemTargets,
  type RuleDefaultList,
} from './kibana_exception_list_sync';
import { RecordingExceptionListClient } from './recording_exception_list_client';

const NOW = '2026-06-01T12:00:00.000Z';
const CONNECTION_LIST = 'connection-default-list';
const CREATION_LIST = 'creation-default-list';

function createLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  const logger = {
    warnings,
    debug: () => undefined,
    info: () => undefined,
    warn: (message: string | Error) => warnings.push(String(message)),
    error: () => undefined,
    get: () => logger,
  };
  return logger;
}

function exceptionRecord(overrides: Partial<ExceptionRecord> = {}): ExceptionRecord {
  return {
    id: 'exc-1',
    version: 'v1',
    space_id: 'default',
    name: 'Backup server on web-01',
    reason: 'The nightly backup job serves files to the archive host.',
    category: 'automation_or_cron',
    rule_ids: [RULE_IDS.connection],
    entries: [
      { field: 'host.name', type: 'match', operator: 'included', value: 'web-01' },
      { field: 'source.ip', type: 'match_any', operator: 'included', value: ['10.0.0.5'] },
    ],
    expire_time: null,
    state: 'active',
    status: 'active',
    created_by: 'admin',
    created_at: NOW,
    updated_by: 'admin',
    updated_at: NOW,
    proposal: null,
    decision: null,
    list_items: [],
    ...overrides,
  };
}

/**
 * Returns a sync over a fake lists client that stores the default lists of the connection
 * and creation rules. `defaultLists` sets more rule references without storing the lists.
 */
function setup(defaultLists: Record<string, string> = {}) {
  const client = new RecordingExceptionListClient('admin', () => NOW);
  const lists: Record<string, string> = {
    [RULE_IDS.connection]: CONNECTION_LIST,
    [RULE_IDS.creation]: CREATION_LIST,
    ...defaultLists,
  };
  client.addList(CONNECTION_LIST);
  client.addList(CREATION_LIST);
  const logger = createLogger();
  const sync = new KibanaExceptionListSync({
    client,
    findDefaultList: async (ruleId): Promise<RuleDefaultList | null> =>
      lists[ruleId] === undefined ? null : { id: `so-${lists[ruleId]}`, list_id: lists[ruleId] },
    logger,
    now: () => NOW,
  });
  return { client, sync, logger, lists };
}

describe('toExceptionListItemTargets', () => {
  it('uses the exception id for one rule', () => {
    const targets = toExceptionListItemTargets({ id: 'exc-1', rule_ids: [RULE_IDS.creation] });
    expect(targets).toEqual([{ ruleId: RULE_IDS.creation, itemId: 'exc-1' }]);
  });

  it('suffixes the rule id for several rules', () => {
    const targets = toExceptionListItemTargets({
      id: 'exc-1',
      rule_ids: [RULE_IDS.connection, RULE_IDS.creation],
    });
    expect(targets).toEqual([
      { ruleId: RULE_IDS.connection, itemId: `exc-1:${RULE_IDS.connection}` },
      { ruleId: RULE_IDS.creation, itemId: `exc-1:${RULE_IDS.creation}` },
    ]);
  });
});

describe('parseRuleDefaultList', () => {
  it('picks the rule_default reference', () => {
    const value = [
      { id: 'so-shared', list_id: 'shared', type: 'detection', namespace_type: 'single' },
      { id: 'so-default', list_id: 'default', type: 'rule_default', namespace_type: 'single' },
    ];
    expect(parseRuleDefaultList(value)).toEqual({ id: 'so-default', list_id: 'default' });
  });

  it('returns null without a rule_default reference', () => {
    const shared = { id: 'so', list_id: 'shared', type: 'detection', namespace_type: 'single' };
    expect(parseRuleDefaultList([shared])).toBeNull();
    expect(parseRuleDefaultList(undefined)).toBeNull();
    expect(parseRuleDefaultList([])).toBeNull();
  });
});

describe('KibanaExceptionListSync', () => {
  it('creates the item in the default list', async () => {
    const { client, sync } = setup();
    const exception = exceptionRecord();

    const states = await sync.write(exception, null);

    expect(states).toEqual([
      {
        rule_id: RULE_IDS.connection,
        list_id: CONNECTION_LIST,
        item_id: 'exc-1',
        status: 'synced',
        message: null,
        synced_at: NOW,
      },
    ]);
    const item = client.storedItem('exc-1');
    expect(item?.list_id).toBe(CONNECTION_LIST);
    expect(item?.name).toBe(exception.name);
    expect(item?.description).toBe(exception.reason);
    expect(item?.entries).toEqual(exception.entries);
    expect(item?.type).toBe('simple');
    expect(item?.namespace_type).toBe('single');
    expect(item?.os_types).toEqual(['linux']);
    expect(item?.tags).toEqual(['simpleHttpInvestigation', 'category:automation_or_cron']);
    expect(item?.meta).toEqual({ source: 'simpleHttpInvestigation', exception_id: 'exc-1' });
    expect(item?.comments).toEqual([]);
    expect(item?.expire_time).toBeUndefined();
  });

  it('maps the expiry and clears it on update', async () => {
    const { client, sync } = setup();
    const expiring = exceptionRecord({ expire_time: '2027-01-31T00:00:00.000Z' });

    await sync.write(expiring, null);
    expect(client.storedItem('exc-1')?.expire_time).toBe('2027-01-31T00:00:00.000Z');

    await sync.write(exceptionRecord({ expire_time: null }), expiring);
    expect(client.storedItem('exc-1')?.expire_time).toBeUndefined();
  });

  it('replaces the item on update', async () => {
    const { client, sync } = setup();
    const first = exceptionRecord();
    await sync.write(first, null);
    const created = client.storedItem('exc-1');

    const edited = exceptionRecord({
      name: 'Backup server',
      entries: [{ field: 'user.name', type: 'match', operator: 'included', value: 'backup' }],
    });
    const states = await sync.write(edited, first);

    const updated = client.storedItem('exc-1');
    expect(states.map((state) => state.status)).toEqual(['synced']);
    expect(updated?.id).toBe(created?.id);
    expect(updated?._version).not.toBe(created?._version);
    expect(updated?.name).toBe('Backup server');
    expect(updated?.entries).toEqual(edited.entries);
    expect(client.itemsOf(CONNECTION_LIST)).toHaveLength(1);
  });

  it('writes one item per rule', async () => {
    const { client, sync } = setup();
    const exception = exceptionRecord({ rule_ids: [RULE_IDS.connection, RULE_IDS.creation] });

    const states = await sync.write(exception, null);

    expect(states.map((state) => state.item_id)).toEqual([
      `exc-1:${RULE_IDS.connection}`,
      `exc-1:${RULE_IDS.creation}`,
    ]);
    expect(client.itemsOf(CONNECTION_LIST).map((item) => item.item_id)).toEqual([
      `exc-1:${RULE_IDS.connection}`,
    ]);
    expect(client.itemsOf(CREATION_LIST).map((item) => item.item_id)).toEqual([
      `exc-1:${RULE_IDS.creation}`,
    ]);
  });

  it('deletes the item of a removed rule', async () => {
    const { client, sync } = setup();
    const both = exceptionRecord({ rule_ids: [RULE_IDS.connection, RULE_IDS.creation] });
    both.list_items = await sync.write(both, null);

    const states = await sync.write(exceptionRecord({ rule_ids: [RULE_IDS.connection] }), both);

    expect(states.map((state) => [state.item_id, state.status])).toEqual([['exc-1', 'synced']]);
    expect(client.itemsOf(CONNECTION_LIST).map((item) => item.item_id)).toEqual(['exc-1']);
    expect(client.itemsOf(CREATION_LIST)).toEqual([]);
  });

  it('deletes every item on remove', async () => {
    const { client, sync } = setup();
    const exception = exceptionRecord({ rule_ids: [RULE_IDS.connection, RULE_IDS.creation] });
    exception.list_items = await sync.write(exception, null);

    await sync.remove(exception);

    expect(client.itemsOf(CONNECTION_LIST)).toEqual([]);
    expect(client.itemsOf(CREATION_LIST)).toEqual([]);
  });

  it('deletes the items of a rejected exception', async () => {
    const { client, sync } = setup();
    const active = exceptionRecord();
    active.list_items = await sync.write(active, null);

    const rejected = exceptionRecord({ state: 'rejected', status: 'rejected' });
    rejected.list_items = active.list_items;
    await sync.remove(rejected);

    expect(client.storedItem('exc-1')).toBeUndefined();
  });

  it('writes nothing for an exception that is not active', async () => {
    const { client, sync } = setup();
    const proposal = exceptionRecord({ state: 'proposed', status: 'proposed' });

    expect(await sync.write(proposal, null)).toEqual([]);
    expect(client.itemsOf(CONNECTION_LIST)).toEqual([]);
  });

  it('treats a missing item as removed', async () => {
    const { client, sync, logger } = setup();

    await sync.remove(exceptionRecord({ rule_ids: [RULE_IDS.connection, RULE_IDS.creation] }));

    expect(client.calls.map((call) => call.method)).toEqual([
      'deleteExceptionListItem',
      'deleteExceptionListItem',
    ]);
    expect(logger.warnings).toEqual([]);
  });

  it('fails a rule without a default list', async () => {
    const { client, sync, logger } = setup();
    const exception = exceptionRecord({ rule_ids: [RULE_IDS.pythonServer] });

    const states = await sync.write(exception, null);

    expect(states).toHaveLength(1);
    expect(states[0].status).toBe('failed');
    expect(states[0].list_id).toBeNull();
    expect(states[0].message).toContain(`Rule ${RULE_IDS.pythonServer} has no default`);
    expect(states[0].message).toContain('Add one exception to the rule in the Security app');
    expect(client.calls.some((call) => call.method === 'createExceptionListItem')).toBe(false);
    expect(logger.warnings).toHaveLength(1);
  });

  it('fails a rule whose default list was deleted', async () => {
    const { client, sync } = setup({ [RULE_IDS.pythonServer]: 'deleted-list' });
    const exception = exceptionRecord({ rule_ids: [RULE_IDS.pythonServer] });
    const states = await sync.write(exception, null);
    expect(states[0].status).toBe('failed');
    expect(states[0].message).toContain('default exception list deleted-list');
    expect(client.storedItem('exc-1')).toBeUndefined();
  });

  it('writes one rule when another fails', async () => {
    const { client, sync, logger } = setup();
    client.rejectWritesTo(CREATION_LIST, 'Forbidden: missing privilege');
    const exception = exceptionRecord({ rule_ids: [RULE_IDS.connection, RULE_IDS.creation] });

    const states = await sync.write(exception, null);

    expect(states.map((state) => [state.rule_id, state.status])).toEqual([
      [RULE_IDS.connection, 'synced'],
      [RULE_IDS.creation, 'failed'],
    ]);
    expect(states[1].message).toBe('Forbidden: missing privilege');
    expect(states[1].list_id).toBe(CREATION_LIST);
    expect(client.itemsOf(CONNECTION_LIST)).toHaveLength(1);
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]).toContain(`exc-1:${RULE_IDS.creation}`);
  });

  it('moves the item to a new default list', async () => {
    const { client, sync, lists } = setup();
    const exception = exceptionRecord();
    exception.list_items = await sync.write(exception, null);
    client.addList('new-default-list');
    lists[RULE_IDS.connection] = 'new-default-list';

    const states = await sync.write(exception, exception);

    expect(states[0].list_id).toBe('new-default-list');
    expect(client.itemsOf(CONNECTION_LIST)).toEqual([]);
    expect(client.itemsOf('new-default-list').map((item) => item.item_id)).toEqual(['exc-1']);
  });
});
