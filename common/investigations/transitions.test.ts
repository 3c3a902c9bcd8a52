import type { InvestigationDocument } from '../api/investigations';
import { CHECKLISTS, LATER, buildInvestigation, withCheckedSteps } from './test_investigations';
import {
  applyApprove,
  applyReturn,
  applySubmit,
  applyUpdate,
  checkAction,
  getEditScope,
  type InvestigationUpdate,
  type TransitionContext,
} from './transitions';

const context: TransitionContext = { user: 'lead', now: LATER, checklists: CHECKLISTS };

const trueFields = { verdict: 'true_positive' as const };
const falseFields = {
  verdict: 'false_positive' as const,
  false_positive_category: 'development_or_testing' as const,
  closing_reason: 'Developer preview',
};

const STATES: Record<string, InvestigationDocument> = {
  'in_progress without verdict': buildInvestigation(),
  'in_progress true positive': buildInvestigation(trueFields),
  'returned true positive': buildInvestigation({ ...trueFields, status: 'returned' }),
  'submitted true positive': buildInvestigation({ ...trueFields, status: 'submitted' }),
  'approved false positive': buildInvestigation({ ...falseFields, status: 'approved' }),
  'approved true positive, response open': withCheckedSteps(
    buildInvestigation({ ...trueFields, status: 'approved' }),
    ['response-1']
  ),
  'approved true positive, response done': withCheckedSteps(
    buildInvestigation({ ...trueFields, status: 'approved' }),
    ['response-1', 'response-2']
  ),
  'approved undetermined': buildInvestigation({ verdict: 'undetermined', status: 'approved' }),
};

type Outcome = 'ok' | string;

/** Expected outcome per state: ok, or a fragment of the rejection message. */
const TABLE: Array<[string, Outcome, Outcome, Outcome, Outcome, Outcome]> = [
  // state, update a field, update a response step, submit, approve, return
  ['in_progress without verdict', 'ok', 'ok', 'without a verdict', 'status is in_progress', 'status is in_progress'],
  ['in_progress true positive', 'ok', 'ok', 'ok', 'status is in_progress', 'status is in_progress'],
  ['returned true positive', 'ok', 'ok', 'ok', 'status is returned', 'status is returned'],
  ['submitted true positive', 'waiting for review', 'waiting for review', 'status is submitted', 'ok', 'ok'],
  ['approved false positive', 'is approved', 'is approved', 'status is approved', 'status is approved', 'status is approved'],
  ['approved true positive, response open', 'only its response steps', 'ok', 'status is approved', 'status is approved', 'status is approved'],
  ['approved true positive, response done', 'complete response checklist', 'complete response checklist', 'status is approved', 'status is approved', 'status is approved'],
  ['approved undetermined', 'is approved', 'is approved', 'status is approved', 'status is approved', 'status is approved'],
];

function expectOutcome(
  result: { ok: true } | { ok: false; message: string },
  expected: Outcome
): void {
  if (expected === 'ok') {
    expect(result).toMatchObject({ ok: true });
  } else {
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(expected);
  }
}

describe('investigation transitions', () => {
  it('covers every state in the table', () => {
    expect(TABLE.map(([state]) => state).sort()).toEqual(Object.keys(STATES).sort());
  });

  describe.each(TABLE)('%s', (state, updateField, updateResponse, submit, approve, returnOutcome) => {
    const current = STATES[state] as InvestigationDocument;

    it(`update of a field: ${updateField}`, () => {
      expectOutcome(applyUpdate(current, { assignee: 'someone-else' }, context), updateField);
    });

    it(`update of a response step: ${updateResponse}`, () => {
      const update: InvestigationUpdate = {
        steps: [{ item_id: 'response-2', action_taken: 'Killed pid 4242' }],
      };
      expectOutcome(applyUpdate(current, update, context), updateResponse);
    });

    it(`submit: ${submit}`, () => {
      expectOutcome(applySubmit(current, context), submit);
      expect(checkAction(current, 'submit', CHECKLISTS).allowed).toBe(submit === 'ok');
    });

    it(`approve: ${approve}`, () => {
      expectOutcome(applyApprove(current, undefined, context), approve);
      expect(checkAction(current, 'approve', CHECKLISTS).allowed).toBe(approve === 'ok');
    });

    it(`return: ${returnOutcome}`, () => {
      expectOutcome(applyReturn(current, 'Check the clients again', context), returnOutcome);
      expect(checkAction(current, 'return', CHECKLISTS).allowed).toBe(returnOutcome === 'ok');
    });

    it('checkAction(update) agrees with applyUpdate', () => {
      expect(checkAction(current, 'update', CHECKLISTS).allowed).toBe(updateResponse === 'ok');
    });
  });
});

describe('getEditScope', () => {
  it.each([
    ['in_progress true positive', 'all'],
    ['returned true positive', 'all'],
    ['submitted true positive', 'none'],
    ['approved false positive', 'none'],
    ['approved true positive, response open', 'response_steps'],
    ['approved true positive, response done', 'none'],
    ['approved undetermined', 'none'],
  ])('%s: %s', (state, scope) => {
    expect(getEditScope(STATES[state] as InvestigationDocument, CHECKLISTS)).toBe(scope);
  });
});

describe('applySubmit', () => {
  it.each([
    [{ verdict: 'false_positive' as const }, 'without a false_positive_category'],
    [{ verdict: 'benign_true_positive' as const, false_positive_category: 'training' as const }, 'without a closing_reason'],
    [{ ...falseFields, closing_reason: '   ' }, 'without a closing_reason'],
    [{ verdict: 'true_positive' as const, false_positive_category: 'other' as const }, 'Clear the category'],
    [{ verdict: 'undetermined' as const, false_positive_category: 'other' as const }, 'Clear the category'],
  ])('rejects %j', (fields, message) => {
    const result = applySubmit(buildInvestigation(fields), context);
    expect(result.ok ? '' : result.message).toContain(message);
  });

  it('sets the status and the submission time', () => {
    const result = applySubmit(buildInvestigation(falseFields), context);
    expect(result).toMatchObject({
      ok: true,
      investigation: { status: 'submitted', submitted_at: LATER, updated_at: LATER },
    });
  });

  it('names the alert and the allowed statuses', () => {
    const result = applySubmit(STATES['approved false positive'] as InvestigationDocument, context);
    expect(result.ok ? '' : result.message).toBe(
      'Investigation of alert [alert-1] cannot be submitted because its status is approved. Only in_progress and returned investigations can be submitted.'
    );
  });
});

describe('applyApprove and applyReturn', () => {
  const submitted = STATES['submitted true positive'] as InvestigationDocument;

  it('records the reviewer and an approval comment', () => {
    const result = applyApprove(submitted, '  Good work  ', context);
    expect(result).toMatchObject({
      ok: true,
      investigation: {
        status: 'approved',
        reviewed_by: 'lead',
        reviewed_at: LATER,
        review_comments: [{ action: 'approved', author: 'lead', created_at: LATER, comment: 'Good work' }],
      },
    });
  });

  it('adds no comment for a blank approval comment', () => {
    const result = applyApprove(submitted, '   ', context);
    expect(result).toMatchObject({ ok: true, investigation: { review_comments: [] } });
  });

  it('returns with the comment', () => {
    const result = applyReturn(submitted, 'Check the clients', context);
    expect(result).toMatchObject({
      ok: true,
      investigation: { status: 'returned', review_comments: [{ action: 'returned', comment: 'Check the clients' }] },
    });
  });

  it('rejects a return without a comment', () => {
    const result = applyReturn(submitted, '  ', context);
    expect(result.ok ? '' : result.message).toContain('cannot be returned without a comment');
  });

  it('names the status when approving an unsubmitted investigation', () => {
    const result = applyApprove(buildInvestigation(), undefined, context);
    expect(result.ok ? '' : result.message).toBe(
      'Investigation of alert [alert-1] cannot be approved because its status is in_progress. Only submitted investigations can be approved.'
    );
  });
});

describe('applyUpdate', () => {
  const current = buildInvestigation();

  it('records who checked a step and wrote a note', () => {
    const result = applyUpdate(
      current,
      { steps: [{ item_id: 'investigation-1', checked: true, note: 'python3 in /dev/shm' }] },
      context
    );
    const step = result.ok ? result.investigation.steps.find((candidate) => candidate.item_id === 'investigation-1') : undefined;
    expect(step).toMatchObject({
      checked: true,
      checked_by: 'lead',
      checked_at: LATER,
      note: 'python3 in /dev/shm',
      note_updated_by: 'lead',
      note_updated_at: LATER,
    });
    expect(result).toMatchObject({ ok: true, investigation: { updated_at: LATER } });
  });

  it('clears who checked a step when it is unchecked', () => {
    const checked = withCheckedSteps(current, ['investigation-1']);
    const result = applyUpdate(checked, { steps: [{ item_id: 'investigation-1', checked: false }] }, context);
    const step = result.ok ? result.investigation.steps[0] : undefined;
    expect(step).toMatchObject({ checked: false, checked_by: null, checked_at: null });
  });

  it('reports no change for equal values', () => {
    const result = applyUpdate(current, { assignee: null, steps: [{ item_id: 'investigation-1', checked: false, note: '' }] }, context);
    expect(result).toEqual({ ok: true, investigation: current, changed: false });
  });

  it('sets and clears fields', () => {
    const set = applyUpdate(current, { assignee: 'lead', verdict: 'undetermined' }, context);
    expect(set).toMatchObject({ ok: true, changed: true, investigation: { assignee: 'lead', verdict: 'undetermined' } });
    const cleared = set.ok ? applyUpdate(set.investigation, { verdict: null }, context) : set;
    expect(cleared).toMatchObject({ ok: true, investigation: { verdict: null, assignee: 'lead' } });
  });

  it.each([
    [[{ item_id: 'investigation-9', checked: true }], 'Step [investigation-9] is not in the current checklists of alert [alert-1]'],
    [[{ item_id: 'investigation-1', checked: true }, { item_id: 'investigation-1', note: 'x' }], 'appears more than once'],
    [[{ item_id: 'investigation-1', action_taken: 'Killed it' }], 'action_taken applies only to response steps'],
  ])('rejects steps %j', (steps, message) => {
    const result = applyUpdate(current, { steps }, context);
    expect(result.ok ? '' : result.message).toContain(message);
  });

  it('allows only response steps on an approved true positive with open response steps', () => {
    const approved = STATES['approved true positive, response open'] as InvestigationDocument;
    const investigationStep = applyUpdate(approved, { steps: [{ item_id: 'investigation-1', note: 'late' }] }, context);
    expect(investigationStep.ok ? '' : investigationStep.message).toContain('Remove [investigation steps]');

    const verdict = applyUpdate(approved, { verdict: 'false_positive' }, context);
    expect(verdict.ok ? '' : verdict.message).toContain('Remove [verdict]');

    const sameVerdict = applyUpdate(approved, { verdict: 'true_positive', steps: [{ item_id: 'response-2', checked: true }] }, context);
    expect(sameVerdict).toMatchObject({ ok: true, changed: true });
    const locked = sameVerdict.ok ? getEditScope(sameVerdict.investigation, CHECKLISTS) : 'unknown';
    expect(locked).toBe('none');
  });
});
