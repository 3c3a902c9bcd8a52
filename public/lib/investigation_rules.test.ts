import { buildChecklists, buildInvestigation } from '../test_helpers/alert_fixtures';
import { stepValuesOf, type VerdictFields } from './investigation_edits';
import {
  getStepEditScope,
  getSubmitBlockers,
  validateVerdictFields,
} from './investigation_rules';

const fields = (overrides: Partial<VerdictFields> = {}): VerdictFields => ({
  verdict: null,
  false_positive_category: null,
  closing_reason: null,
  ...overrides,
});

describe('validateVerdictFields', () => {
  it('requires a verdict', () => {
    expect(validateVerdictFields(fields())).toEqual({ verdict: 'verdict_missing' });
  });

  it('accepts a true positive alone', () => {
    expect(validateVerdictFields(fields({ verdict: 'true_positive' }))).toEqual({});
  });

  it('accepts undetermined alone', () => {
    expect(validateVerdictFields(fields({ verdict: 'undetermined' }))).toEqual({});
  });

  it.each(['false_positive', 'benign_true_positive'] as const)(
    'requires category and reason for %s',
    (verdict) => {
      expect(validateVerdictFields(fields({ verdict }))).toEqual({
        false_positive_category: 'category_missing',
        closing_reason: 'closing_reason_missing',
      });
    }
  );

  it('treats a blank closing reason as missing', () => {
    const errors = validateVerdictFields(
      fields({
        verdict: 'false_positive',
        false_positive_category: 'training',
        closing_reason: '  \n ',
      })
    );

    expect(errors).toEqual({ closing_reason: 'closing_reason_missing' });
  });

  it('accepts a complete false positive', () => {
    const errors = validateVerdictFields(
      fields({
        verdict: 'false_positive',
        false_positive_category: 'development_or_testing',
        closing_reason: 'A developer tested a PHP page.',
      })
    );

    expect(errors).toEqual({});
  });

  it('rejects a closing reason over 5000 characters', () => {
    const errors = validateVerdictFields(
      fields({ verdict: 'true_positive', closing_reason: 'x'.repeat(5001) })
    );

    expect(errors).toEqual({ closing_reason: 'closing_reason_too_long' });
  });
});

describe('getSubmitBlockers', () => {
  const complete = fields({ verdict: 'true_positive' });

  it('allows in progress and returned', () => {
    for (const status of ['in_progress', 'returned'] as const) {
      const blockers = getSubmitBlockers(buildInvestigation({ status }), complete, {
        kind: 'idle',
      });

      expect(blockers).toEqual([]);
    }
  });

  it('blocks submitted and approved', () => {
    for (const status of ['submitted', 'approved'] as const) {
      const blockers = getSubmitBlockers(buildInvestigation({ status }), complete, {
        kind: 'idle',
      });

      expect(blockers).toEqual(['status']);
    }
  });

  it('blocks during a conflict', () => {
    const investigation = buildInvestigation();
    const blockers = getSubmitBlockers(investigation, fields(), {
      kind: 'conflict',
      current: investigation,
    });

    expect(blockers).toEqual(['conflict', 'verdict_missing']);
  });
});

describe('getStepEditScope', () => {
  const checklists = buildChecklists();

  it('allows all steps before the start', () => {
    expect(getStepEditScope(null, checklists, {})).toBe('all');
  });

  it('allows no steps once submitted', () => {
    const investigation = buildInvestigation({ status: 'submitted' });

    expect(getStepEditScope(investigation, checklists, stepValuesOf(investigation))).toBe('none');
  });

  it('allows response steps of an approved true positive', () => {
    const investigation = buildInvestigation({ status: 'approved', verdict: 'true_positive' });

    expect(getStepEditScope(investigation, checklists, stepValuesOf(investigation))).toBe(
      'response'
    );
  });

  it('allows none once the response is complete', () => {
    const investigation = buildInvestigation({ status: 'approved', verdict: 'true_positive' });
    const steps = stepValuesOf(investigation);
    steps['response-1'] = { ...steps['response-1'], checked: true };

    expect(getStepEditScope(investigation, checklists, steps)).toBe('none');
  });

  it('allows none for an approved false positive', () => {
    const investigation = buildInvestigation({ status: 'approved', verdict: 'false_positive' });

    expect(getStepEditScope(investigation, checklists, stepValuesOf(investigation))).toBe('none');
  });
});
