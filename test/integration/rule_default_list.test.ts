import { RULE_IDS, alertsIndexForSpace } from '../../common/constants';
import { findRuleDefaultList } from '../../server/lib/exceptions/kibana_exception_list_sync';
import { closeTestEngineClient, testEngineClient } from './helpers';

const SPACE_ID = 'rule-default-list-test';
const OTHER_SPACE_ID = 'rule-default-list-other';

function reference(listId: string, type: string) {
  return { id: `so-${listId}`, list_id: listId, type, namespace_type: 'single' };
}

function alert(spaceId: string, ruleId: string, timestamp: string, exceptionsList: unknown[]) {
  return {
    '@timestamp': timestamp,
    'kibana.alert.rule.rule_id': ruleId,
    'kibana.space_ids': [spaceId],
    'kibana.alert.rule.exceptions_list': exceptionsList,
  };
}

/** Creates a space's alerts index behind its alias, as Kibana names them, with the alerts. */
async function indexAlerts(spaceId: string, alerts: object[]): Promise<void> {
  const client = testEngineClient();
  await client.indices.create({
    index: `.internal.alerts-security.alerts-${spaceId}-000001`,
    aliases: { [alertsIndexForSpace(spaceId)]: {} },
  });
  await client.bulk({
    index: alertsIndexForSpace(spaceId),
    refresh: true,
    operations: alerts.flatMap((document) => [{ index: {} }, document]),
  });
}

beforeAll(async () => {
  await indexAlerts(SPACE_ID, [
    alert(SPACE_ID, RULE_IDS.connection, '2026-05-01T10:00:00.000Z', [
      reference('old-default', 'rule_default'),
    ]),
    alert(SPACE_ID, RULE_IDS.connection, '2026-05-02T10:00:00.000Z', [
      reference('shared', 'detection'),
      reference('new-default', 'rule_default'),
    ]),
    alert(SPACE_ID, RULE_IDS.creation, '2026-05-02T10:00:00.000Z', [
      reference('shared', 'detection'),
    ]),
  ]);
  await indexAlerts(OTHER_SPACE_ID, [
    alert(OTHER_SPACE_ID, RULE_IDS.creation, '2026-05-03T10:00:00.000Z', [
      reference('other-space-default', 'rule_default'),
    ]),
  ]);
});

afterAll(async () => {
  await testEngineClient().indices.delete({
    index: [SPACE_ID, OTHER_SPACE_ID].map((id) => `.internal.alerts-security.alerts-${id}-000001`),
  });
  await closeTestEngineClient();
});

describe('findRuleDefaultList', () => {
  it('reads the newest alert of the rule', async () => {
    const list = await findRuleDefaultList(testEngineClient(), SPACE_ID, RULE_IDS.connection);
    expect(list).toEqual({ id: 'so-new-default', list_id: 'new-default' });
  });

  it('returns null without a rule_default reference', async () => {
    const list = await findRuleDefaultList(testEngineClient(), SPACE_ID, RULE_IDS.creation);
    expect(list).toBeNull();
  });

  it('returns null for a rule without alerts', async () => {
    const list = await findRuleDefaultList(testEngineClient(), SPACE_ID, RULE_IDS.pythonServer);
    expect(list).toBeNull();
  });

  it('returns null for a space without alerts', async () => {
    const list = await findRuleDefaultList(testEngineClient(), 'no-such-space', RULE_IDS.connection);
    expect(list).toBeNull();
  });

  it('reads only the space of the request', async () => {
    const list = await findRuleDefaultList(testEngineClient(), OTHER_SPACE_ID, RULE_IDS.creation);
    expect(list).toEqual({ id: 'so-other-space-default', list_id: 'other-space-default' });
  });
});
