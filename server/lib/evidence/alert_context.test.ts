import { buildAlertContext } from './alert_context';
import { parseAlertDetails, parseRelatedAlerts, readThreatTechniques } from './parse_alerts';
import { ALERTS_INDEX, alertDocument, PROCESS_INDEX } from './test_documents';
import { buildingBlocks, relatedAlerts, shellAlert } from './test_scenario';

describe('buildAlertContext', () => {
  const context = buildAlertContext('default', shellAlert);

  it('reads host, user, entity and group', () => {
    expect(context.hostName).toBe('web-01');
    expect(context.userName).toBe('www-data');
    expect(context.entityId).toBe('server');
    expect(context.groupId).toBe('group-1');
  });

  it('centres the window on the original time', () => {
    expect(context.originalTime).toBe('2024-05-01T10:00:30.000Z');
    expect(context.window).toEqual({
      start: '2024-04-30T10:00:30.000Z',
      end: '2024-05-02T10:00:30.000Z',
    });
  });

  it('splits source events and building blocks', () => {
    expect(context.eventRefs.map((ref) => ref.id)).toEqual(['server-exec', 'accept-1']);
    expect(context.buildingBlockRefs.map((ref) => ref.id)).toEqual(['bb-0', 'bb-1']);
  });

  it('picks the exec event by its index', () => {
    expect(context.execEventRef).toEqual({ id: 'server-exec', index: PROCESS_INDEX });
  });

  it('has no served directory without the working directory', () => {
    expect(context.servedDirectory).toBeNull();
    expect(context.ancestryIds).toEqual([]);
  });

  it('reads a single-event alert', () => {
    const single = alertDocument({
      id: 'single',
      time: '2024-05-01T10:00:00.000Z',
      ancestors: [{ id: 'exec', index: 'custom-process-index', depth: 0, type: 'event' }],
      ecs: {
        process: {
          entity_id: 'p',
          args: ['php', '-S', 'localhost:8000', '-t', 'public'],
          working_directory: '/home/dev/app',
          Ext: { ancestry: ['a', 'b'] },
        },
      },
    });
    const singleContext = buildAlertContext('default', single);
    expect(singleContext.execEventRef).toEqual({ id: 'exec', index: 'custom-process-index' });
    expect(singleContext.servedDirectory).toBe('/home/dev/app/public');
    expect(singleContext.ancestryIds).toEqual(['a', 'b']);
    expect(singleContext.groupId).toBeNull();
  });

  it('falls back to @timestamp', () => {
    const alert = alertDocument({ id: 'a', time: '2024-05-01T10:00:00.000Z', ancestors: [], ecs: {} });
    const source = { ...(alert.source as Record<string, unknown>) };
    delete source['kibana.alert.original_time'];
    expect(buildAlertContext('default', { ...alert, source }).originalTime).toBe(
      '2024-05-01T10:00:00.000Z'
    );
  });

  it('throws without a valid time', () => {
    const alert = { id: 'broken', index: ALERTS_INDEX, source: { '@timestamp': 'not a date' } };
    expect(() => buildAlertContext('default', alert)).toThrow(/broken.*no valid/);
  });
});

describe('parseAlertDetails', () => {
  const details = parseAlertDetails(buildAlertContext('default', shellAlert), buildingBlocks);

  it('reads the alert fields', () => {
    expect(details.id).toBe('shell-alert');
    expect(details.index).toBe(ALERTS_INDEX);
    expect(details.original_time).toBe('2024-05-01T10:00:30.000Z');
    expect(details.severity).toBe('high');
    expect(details.risk_score).toBe(73);
    expect(details.workflow_status).toBe('open');
    expect(details.workflow_reason).toBeNull();
    expect(details.host_id).toBe('host-1');
    expect(details.process_entity_id).toBe('server');
  });

  it('reads the rule with a numeric version', () => {
    expect(details.rule).toEqual({
      rule_id: '183f3cd2-4cc6-44c0-917c-c5d29ecdcf74',
      uuid: 'rule-uuid',
      name: 'Simple HTTP Web Server Connection',
      version: 8,
    });
  });

  it('merges building block ids without repeats', () => {
    expect(details.building_block_ids).toEqual(['bb-0', 'bb-1']);
  });
});

describe('readThreatTechniques', () => {
  it('lists technique and subtechnique ids', () => {
    expect(readThreatTechniques(shellAlert.source)).toEqual(['T1505', 'T1505.003', 'T1059']);
  });

  it('returns an empty list without threats', () => {
    expect(readThreatTechniques({})).toEqual([]);
  });
});

describe('parseRelatedAlerts', () => {
  const context = buildAlertContext('default', shellAlert);

  it('marks same host and user', () => {
    const [related] = parseRelatedAlerts(relatedAlerts, context);
    expect(related.id).toBe('child-alert');
    expect(related.rule_name).toBe('Suspicious Child Execution via Web Server');
    expect(related.same_host).toBe(true);
    expect(related.same_user).toBe(true);
  });

  it('skips the alert itself', () => {
    expect(parseRelatedAlerts([shellAlert], context)).toEqual([]);
  });

  it('marks a different user', () => {
    const other = alertDocument({
      id: 'other',
      time: '2024-05-01T11:00:00.000Z',
      ancestors: [],
      userName: 'root',
      ecs: {},
    });
    const [related] = parseRelatedAlerts([other], context);
    expect(related.same_user).toBe(false);
    expect(related.same_host).toBe(true);
  });
});
