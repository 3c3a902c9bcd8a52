import { spaceAlertsIndex, toSpaceAlert } from './space_alerts';
import { ALERTS_INDEX } from './types';

describe('toSpaceAlert', () => {
  const eventAncestor = {
    id: 'event-1',
    index: '.ds-logs-endpoint.events.process-default-000001',
    depth: 0,
    type: 'event',
  };
  const buildingBlock = { id: 'bb-1', index: ALERTS_INDEX, depth: 1, type: 'signal' };
  const source = {
    'kibana.space_ids': ['default'],
    'kibana.alert.rule.rule_id': 'rule-1',
    'kibana.alert.ancestors': [eventAncestor, buildingBlock],
  };

  it('moves the alert into the space', () => {
    const copy = toSpaceAlert(source, 'blue');
    expect(copy['kibana.space_ids']).toEqual(['blue']);
    expect(copy['kibana.alert.rule.rule_id']).toBe('rule-1');
  });

  it('points building blocks at the space index', () => {
    const copy = toSpaceAlert(source, 'blue');
    expect(copy['kibana.alert.ancestors']).toEqual([
      eventAncestor,
      { ...buildingBlock, index: '.internal.alerts-security.alerts-blue-000001' },
    ]);
  });

  it('leaves the source unchanged', () => {
    toSpaceAlert(source, 'blue');
    expect(source['kibana.space_ids']).toEqual(['default']);
    expect(source['kibana.alert.ancestors'][1]).toEqual(buildingBlock);
  });

  it('copies an alert without ancestors', () => {
    expect(toSpaceAlert({ 'kibana.space_ids': ['default'] }, 'blue')).toEqual({
      'kibana.space_ids': ['blue'],
    });
  });
});

describe('spaceAlertsIndex', () => {
  it('names the first backing index of the space', () => {
    expect(spaceAlertsIndex('blue')).toBe('.internal.alerts-security.alerts-blue-000001');
  });
});
