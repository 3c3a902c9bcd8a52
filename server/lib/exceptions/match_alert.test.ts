import { RULE_IDS } from '../../../common/constants';
import { findMatchingExceptions, type MatchableException } from './match_alert';

const shell = {
  'kibana.alert.rule.rule_id': RULE_IDS.connection,
  'kibana.alert.group.id': 'group-1',
  host: { name: 'dev-ws-07' },
};
const processBlock = {
  'kibana.alert.building_block_type': 'default',
  'kibana.alert.group.id': 'group-1',
  user: { name: 'mira' },
  process: { working_directory: '/home/mira/projects/docs-site' },
};
const connectionBlock = {
  'kibana.alert.building_block_type': 'default',
  'kibana.alert.group.id': 'group-1',
  source: { ip: '127.0.0.1' },
  destination: { port: 8000 },
};

const developer: MatchableException = {
  id: 'developer',
  rule_ids: [RULE_IDS.connection],
  entries: [
    { field: 'host.name', type: 'match', operator: 'included', value: 'dev-ws-07' },
    { field: 'user.name', type: 'match', operator: 'included', value: 'mira' },
    { field: 'destination.port', type: 'match', operator: 'included', value: '8000' },
  ],
};

describe('findMatchingExceptions', () => {
  const wholeGroup = [shell, processBlock, connectionBlock];

  it('matches on the shell and its building blocks together', () => {
    const alert = { ruleId: RULE_IDS.connection, documents: wholeGroup };
    expect(findMatchingExceptions(alert, [developer])).toEqual([developer]);
  });

  it('misses when a building block is absent', () => {
    const alert = { ruleId: RULE_IDS.connection, documents: [shell, processBlock] };
    expect(findMatchingExceptions(alert, [developer])).toEqual([]);
  });

  it('misses an alert of another rule', () => {
    const alert = { ruleId: RULE_IDS.creation, documents: wholeGroup };
    expect(findMatchingExceptions(alert, [developer])).toEqual([]);
  });

  it('misses an alert without a rule id', () => {
    const alert = { ruleId: null, documents: wholeGroup };
    expect(findMatchingExceptions(alert, [developer])).toEqual([]);
  });

  it('returns each exception that applies', () => {
    const excluded: MatchableException = {
      id: 'not-root',
      rule_ids: [RULE_IDS.connection, RULE_IDS.creation],
      entries: [{ field: 'user.name', type: 'match', operator: 'excluded', value: 'root' }],
    };
    const other: MatchableException = {
      ...developer,
      id: 'other-host',
      entries: [{ field: 'host.name', type: 'match', operator: 'included', value: 'web-01' }],
    };
    const alert = { ruleId: RULE_IDS.connection, documents: wholeGroup };
    const matched = findMatchingExceptions(alert, [developer, excluded, other]);
    expect(matched.map((item) => item.id)).toEqual(['developer', 'not-root']);
  });
});
