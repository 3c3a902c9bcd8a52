import type { AuditChange, InvestigationDocument, StepState } from '../api/investigations';

/**
 * Top-level fields an audit record compares. The ids identify the record itself, and
 * `updated_at` is the record's own timestamp.
 */
const AUDITED_FIELDS = [
  'rule_id',
  'rule_name',
  'host_name',
  'user_name',
  'alert_timestamp',
  'status',
  'analyst',
  'assignee',
  'verdict',
  'false_positive_category',
  'closing_reason',
  'guide_hash',
  'created_at',
  'submitted_at',
  'reviewed_at',
  'reviewed_by',
] as const satisfies ReadonlyArray<keyof InvestigationDocument>;

/** Step fields the analyst edits; who and when are the audit record's own user and timestamp. */
const AUDITED_STEP_FIELDS = ['checked', 'note', 'action_taken'] as const;

const UNTOUCHED_STEP: Pick<StepState, (typeof AUDITED_STEP_FIELDS)[number]> = {
  checked: false,
  note: '',
  action_taken: '',
};

/**
 * Lists the fields that differ between two states of an investigation, with their values
 * before and after. A new investigation (`before` null) lists its non-null fields and the
 * steps that differ from an untouched step. Steps report one change per field, named
 * `steps.<item id>.<field>`, and each appended review comment is one `review_comments` change.
 */
export function diffInvestigations(
  before: InvestigationDocument | null,
  after: InvestigationDocument
): AuditChange[] {
  const changes: AuditChange[] = [];

  for (const field of AUDITED_FIELDS) {
    const previous = before === null ? null : before[field];
    if (previous !== after[field]) {
      changes.push({ field, before: previous, after: after[field] });
    }
  }

  const previousSteps = new Map((before?.steps ?? []).map((step) => [step.item_id, step]));
  for (const step of after.steps) {
    const previous = previousSteps.get(step.item_id) ?? UNTOUCHED_STEP;
    for (const field of AUDITED_STEP_FIELDS) {
      if (previous[field] !== step[field]) {
        changes.push({
          field: `steps.${step.item_id}.${field}`,
          before: previous[field],
          after: step[field],
        });
      }
    }
  }

  const previousComments = before?.review_comments.length ?? 0;
  for (const comment of after.review_comments.slice(previousComments)) {
    changes.push({ field: 'review_comments', before: null, after: comment });
  }

  return changes;
}
