import { RULE_IDS } from '../../../common/constants';
import type { ActiveException } from '../exceptions/active_exceptions';
import { findRowExceptions, mergeAlertIdFilters } from './exception_lookup';

describe('mergeAlertIdFilters', () => {
  it('leaves out null filters', () => {
    expect(mergeAlertIdFilters(null, { exclude: ['a'] }, null)).toEqual({ exclude: ['a'] });
    expect(mergeAlertIdFilters(null, null)).toBeNull();
  });

  it('keeps only alerts every include names', () => {
    expect(mergeAlertIdFilters({ include: ['a', 'b'] }, { include: ['b', 'c'] })).toEqual({
      include: ['b'],
    });
  });

  it('joins the excludes and keeps the include', () => {
    const merged = mergeAlertIdFilters(
      { include: ['a', 'b'] },
      { exclude: ['b'] },
      { exclude: ['c'] }
    );
    expect(merged).toEqual({ include: ['a', 'b'], exclude: ['b', 'c'] });
  });
});

describe('findRowExceptions', () => {
  const exception: ActiveException = {
    id: 'cron',
    rule_ids: [RULE_IDS.connection],
    entries: [
      { field: 'user.name', type: 'match', operator: 'included', value: 'svc-reports' },
      { field: 'source.ip', type: 'match', operator: 'included', value: '127.0.0.0/8' },
    ],
    summary: {
      id: 'cron',
      name: 'Nightly reports',
      category: 'automation_or_cron',
      status: 'active',
      expire_time: null,
    },
  };
  const shell = { 'kibana.alert.rule.rule_id': RULE_IDS.connection, user: { name: 'svc-reports' } };
  const connection = { 'kibana.alert.building_block_type': 'default', source: { ip: '127.0.0.1' } };

  it('returns the summaries of the exceptions that match', () => {
    expect(findRowExceptions(shell, [connection], [exception])).toEqual([exception.summary]);
  });

  it('needs the building blocks for fields the shell lacks', () => {
    expect(findRowExceptions(shell, [], [exception])).toEqual([]);
  });
});
