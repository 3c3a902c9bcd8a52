import type { ChecklistsResponse } from '../../common/api/checklists';
import type { Investigation } from '../../common/api/investigations';
import type { StepValuesById, VerdictFields } from './investigation_edits';
import type { SaveState } from './investigation_save_queue';
import { MAX_COMMENT_LENGTH, verdictNeedsClosingDetails } from './investigation_values';

/*
 * The status rules of the investigation API, repeated here so the page can disable what the
 * server would reject and explain why. The server stays the authority: a request it rejects
 * shows the server's message.
 */

/** Scope of the checklist steps the analyst may change: all, only the response steps, or none. */
export type StepEditScope = 'all' | 'response' | 'none';

const isOpenForEdits = (investigation: Investigation | null): boolean =>
  investigation === null ||
  investigation.status === 'in_progress' ||
  investigation.status === 'returned';

/** Returns true when every response step of the checklists is checked in `steps`. */
export const isResponseComplete = (
  checklists: ChecklistsResponse,
  steps: StepValuesById
): boolean =>
  checklists.sections
    .filter((section) => section.id === 'response')
    .every((section) => section.items.every((item) => steps[item.id]?.checked === true));

/**
 * Returns which steps can change. An investigation in progress or returned (or not started)
 * allows every step. A submitted one allows none until a lead returns it. An approved one
 * allows none, except the response steps of a true positive while some are unchecked in the
 * saved record `savedSteps`.
 */
export const getStepEditScope = (
  investigation: Investigation | null,
  checklists: ChecklistsResponse,
  savedSteps: StepValuesById
): StepEditScope => {
  if (isOpenForEdits(investigation)) {
    return 'all';
  }

  if (
    investigation?.status === 'approved' &&
    investigation.verdict === 'true_positive' &&
    !isResponseComplete(checklists, savedSteps)
  ) {
    return 'response';
  }

  return 'none';
};

/** Returns true when the assignee and the verdict fields can change. */
export const canEditDetails = (investigation: Investigation | null): boolean =>
  isOpenForEdits(investigation);

export type VerdictProblem =
  | 'verdict_missing'
  | 'category_missing'
  | 'closing_reason_missing'
  | 'closing_reason_too_long';

export type VerdictFieldErrors = Partial<Record<keyof VerdictFields, VerdictProblem>>;

/**
 * Checks the verdict fields as submission requires: a verdict, and for a false positive or
 * a benign true positive also a category and a closing reason that is not blank.
 */
export const validateVerdictFields = ({
  verdict,
  false_positive_category: category,
  closing_reason: closingReason,
}: VerdictFields): VerdictFieldErrors => {
  const errors: VerdictFieldErrors = {};

  if (verdict === null) {
    errors.verdict = 'verdict_missing';
  }

  if ((closingReason ?? '').length > MAX_COMMENT_LENGTH) {
    errors.closing_reason = 'closing_reason_too_long';
  }

  if (verdictNeedsClosingDetails(verdict)) {
    if (category === null) {
      errors.false_positive_category = 'category_missing';
    }

    if (!closingReason?.trim()) {
      errors.closing_reason = 'closing_reason_missing';
    }
  }

  return errors;
};

export type SubmitBlocker = 'status' | 'conflict' | VerdictProblem;

/** Returns why the investigation cannot be submitted now, or an empty list when it can. */
export const getSubmitBlockers = (
  investigation: Investigation | null,
  verdictFields: VerdictFields,
  saveState: SaveState
): SubmitBlocker[] => {
  const blockers: SubmitBlocker[] = [];

  if (!isOpenForEdits(investigation)) {
    blockers.push('status');
  }

  if (saveState.kind === 'conflict') {
    blockers.push('conflict');
  }

  blockers.push(...Object.values(validateVerdictFields(verdictFields)));

  return blockers;
};
