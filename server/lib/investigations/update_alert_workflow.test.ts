import { ALERT_FIELDS } from '../../../common/ecs_fields';
import { WORKFLOW_SCRIPT, buildAlertWorkflowUpdate } from './update_alert_workflow';

describe('buildAlertWorkflowUpdate', () => {
  const base = {
    spaceId: 'default',
    alertId: 'shell-1',
    change: { status: 'closed' as const, reason: 'Dev "preview"; drop index' },
    user: 'lead',
    now: '2026-12-04T10:00:00.000Z',
  };

  it('targets the shell alert and its building blocks by group id', () => {
    const request = buildAlertWorkflowUpdate({ ...base, groupId: 'group-1' });

    expect(request.index).toBe('.alerts-security.alerts-default');
    expect(request.refresh).toBe(true);
    expect(request.query?.bool?.should).toEqual([
      { ids: { values: ['shell-1'] } },
      { term: { [ALERT_FIELDS.groupId]: 'group-1' } },
    ]);
    expect(request.query?.bool?.minimum_should_match).toBe(1);
    expect(request.query?.bool?.filter).toContainEqual({ term: { [ALERT_FIELDS.spaceIds]: 'default' } });
  });

  it('targets only the alert without a group', () => {
    const request = buildAlertWorkflowUpdate({ ...base, groupId: null });
    expect(request.query?.bool?.should).toEqual([{ ids: { values: ['shell-1'] } }]);
  });

  it('passes values as script params, never in the source', () => {
    const request = buildAlertWorkflowUpdate({ ...base, groupId: null });

    expect(request.script).toEqual({
      lang: 'painless',
      source: WORKFLOW_SCRIPT,
      params: {
        status: 'closed',
        reason: 'Dev "preview"; drop index',
        user: 'lead',
        updated_at: '2026-12-04T10:00:00.000Z',
      },
    });
    expect(WORKFLOW_SCRIPT).not.toContain('preview');
  });

  it('writes the fields the Security app writes', () => {
    for (const field of [
      ALERT_FIELDS.workflowStatus,
      ALERT_FIELDS.workflowReason,
      ALERT_FIELDS.workflowUser,
      ALERT_FIELDS.workflowStatusUpdatedAt,
    ]) {
      expect(WORKFLOW_SCRIPT).toContain(`'${field}'`);
    }
  });
});
