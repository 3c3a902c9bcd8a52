import type {
  FalsePositiveCategory,
  Investigation,
  UpdateInvestigationBody,
  Verdict,
} from '../../common/api/investigations';

/** Values the analyst entered for one checklist step. */
export interface StepValues {
  checked: boolean;
  note: string;
  /** Response steps only. */
  action_taken: string;
}

/** Step values by checklist item id, where a missing item is unchecked and empty. */
export type StepValuesById = Record<string, StepValues>;

export const EMPTY_STEP_VALUES: StepValues = { checked: false, note: '', action_taken: '' };

export type StepChange = Partial<StepValues>;

export interface VerdictFields {
  verdict: Verdict | null;
  false_positive_category: FalsePositiveCategory | null;
  closing_reason: string | null;
}

/** Changes not yet saved, in the shape of the PATCH body without its version. */
export interface InvestigationEdits extends Partial<VerdictFields> {
  steps?: Record<string, StepChange>;
  assignee?: string | null;
}

/** The investigation as the page shows it: the saved record with unsaved edits on top. */
export interface InvestigationValues extends VerdictFields {
  steps: StepValuesById;
  assignee: string | null;
}

const FIELD_KEYS = ['assignee', 'verdict', 'false_positive_category', 'closing_reason'] as const;

export const isEmptyEdits = (edits: InvestigationEdits): boolean =>
  FIELD_KEYS.every((key) => edits[key] === undefined) &&
  Object.keys(edits.steps ?? {}).length === 0;

/** Merges two sets of edits, where `later` wins for each field and each step field. */
export const mergeEdits = (
  earlier: InvestigationEdits,
  later: InvestigationEdits
): InvestigationEdits => {
  const merged: InvestigationEdits = { ...earlier };

  for (const key of FIELD_KEYS) {
    if (later[key] !== undefined) {
      Object.assign(merged, { [key]: later[key] });
    }
  }

  if (earlier.steps || later.steps) {
    const steps: Record<string, StepChange> = { ...earlier.steps };

    for (const [itemId, change] of Object.entries(later.steps ?? {})) {
      steps[itemId] = { ...steps[itemId], ...change };
    }

    merged.steps = steps;
  }

  return merged;
};

/** Builds the PATCH body that applies `edits` to the record at `version`. */
export const toUpdateBody = (
  version: string,
  edits: InvestigationEdits
): UpdateInvestigationBody => {
  const body: UpdateInvestigationBody = { version };

  for (const key of FIELD_KEYS) {
    if (edits[key] !== undefined) {
      Object.assign(body, { [key]: edits[key] });
    }
  }

  const steps = Object.entries(edits.steps ?? {}).map(([itemId, change]) => ({
    item_id: itemId,
    ...change,
  }));

  if (steps.length > 0) {
    body.steps = steps;
  }

  return body;
};

/** Reads the step values of a saved record by item id. */
export const stepValuesOf = (investigation: Investigation | null): StepValuesById => {
  const steps: StepValuesById = {};

  for (const step of investigation?.steps ?? []) {
    steps[step.item_id] = {
      checked: step.checked,
      note: step.note,
      action_taken: step.action_taken,
    };
  }

  return steps;
};

/** Applies unsaved `edits` on top of the saved record, or of an empty one before the start. */
export const applyEdits = (
  investigation: Investigation | null,
  edits: InvestigationEdits
): InvestigationValues => {
  const steps = stepValuesOf(investigation);

  for (const [itemId, change] of Object.entries(edits.steps ?? {})) {
    steps[itemId] = { ...EMPTY_STEP_VALUES, ...steps[itemId], ...change };
  }

  return {
    steps,
    assignee: edits.assignee !== undefined ? edits.assignee : (investigation?.assignee ?? null),
    verdict: edits.verdict !== undefined ? edits.verdict : (investigation?.verdict ?? null),
    false_positive_category:
      edits.false_positive_category !== undefined
        ? edits.false_positive_category
        : (investigation?.false_positive_category ?? null),
    closing_reason:
      edits.closing_reason !== undefined
        ? edits.closing_reason
        : (investigation?.closing_reason ?? null),
  };
};
