import { diffInvestigations } from './audit_diff';
import { buildEmptyStep } from './checklist_steps';
import { LATER, buildInvestigation } from './test_investigations';

describe('diffInvestigations', () => {
  it('lists the non-null fields of a new investigation and no untouched steps', () => {
    const created = buildInvestigation();
    const fields = diffInvestigations(null, created).map((change) => change.field);

    expect(fields).toEqual([
      'rule_id',
      'rule_name',
      'host_name',
      'user_name',
      'alert_timestamp',
      'status',
      'analyst',
      'guide_hash',
      'created_at',
    ]);
  });

  it('reports one change per changed step field', () => {
    const before = buildInvestigation();
    const after = {
      ...before,
      updated_at: LATER,
      steps: before.steps.map((step) =>
        step.item_id === 'investigation-2'
          ? { ...step, checked: true, checked_by: 'analyst', checked_at: LATER, note: 'two clients' }
          : step
      ),
    };

    expect(diffInvestigations(before, after)).toEqual([
      { field: 'steps.investigation-2.checked', before: false, after: true },
      { field: 'steps.investigation-2.note', before: '', after: 'two clients' },
    ]);
  });

  it('reports changed top-level fields with both values', () => {
    const before = buildInvestigation({ verdict: 'undetermined' });
    const after = { ...before, verdict: 'true_positive' as const, assignee: 'lead' };

    expect(diffInvestigations(before, after)).toEqual([
      { field: 'assignee', before: null, after: 'lead' },
      { field: 'verdict', before: 'undetermined', after: 'true_positive' },
    ]);
  });

  it('reports each appended review comment', () => {
    const comment = { action: 'returned' as const, author: 'lead', created_at: LATER, comment: 'Check again' };
    const before = buildInvestigation({ status: 'submitted' });
    const after = { ...before, status: 'returned' as const, review_comments: [comment] };

    expect(diffInvestigations(before, after)).toEqual([
      { field: 'status', before: 'submitted', after: 'returned' },
      { field: 'review_comments', before: null, after: comment },
    ]);
  });

  it('reports a step the earlier guide lacked against an untouched step', () => {
    const before = buildInvestigation();
    const added = { ...buildEmptyStep('response-3', 'response'), action_taken: 'Blocked the address' };
    const after = { ...before, steps: [...before.steps, added] };

    expect(diffInvestigations(before, after)).toEqual([
      { field: 'steps.response-3.action_taken', before: '', after: 'Blocked the address' },
    ]);
  });

  it('reports nothing for equal investigations', () => {
    const investigation = buildInvestigation();
    expect(diffInvestigations(investigation, { ...investigation, updated_at: LATER })).toEqual([]);
  });
});
