/**
 * The investigation workflow as pure functions, shared by the server, which enforces it,
 * and the browser, which enables buttons with it:
 *
 *   start -> in_progress --submit--> submitted --approve--> approved
 *                 ^                      |
 *                 +---- returned <--return
 *
 * Each `apply*` function returns the changed investigation, or a message saying why the
 * current state does not allow the change. The server returns such a message with status 400.
 */
import type { ChecklistsResponse } from '../api/checklists';
import type {
  InvestigationDocument,
  InvestigationStatus,
  UpdateInvestigationBody,
} from '../api/investigations';
import { isResponseComplete } from './checklist_steps';
import { applyStepUpdates } from './step_updates';
import { checkReviewable, describeInvestigation } from './review_transitions';
import { checkSubmitFields } from './submit_fields';

export { applyApprove, applyReturn } from './review_transitions';

export type InvestigationAction = 'update' | 'submit' | 'approve' | 'return';

/** Scope of the changes an update may make: everything, only response steps, or nothing. */
export type EditScope = 'all' | 'response_steps' | 'none';

export interface TransitionContext {
  user: string;
  /** ISO 8601 time of the change. */
  now: string;
  /** The alert's current checklists, which decide valid step ids and response completeness. */
  checklists: ChecklistsResponse;
}

export type TransitionResult<T extends InvestigationDocument> =
  | { ok: true; investigation: T; changed: boolean }
  | { ok: false; message: string };

export type ActionCheck = { allowed: true } | { allowed: false; reason: string };

export type InvestigationUpdate = Omit<UpdateInvestigationBody, 'version'>;

const EDITABLE_FIELDS = [
  'assignee',
  'verdict',
  'false_positive_category',
  'closing_reason',
] as const;

const SUBMITTABLE_STATUSES: readonly InvestigationStatus[] = ['in_progress', 'returned'];

const subject = describeInvestigation;

/**
 * Returns what an update may change. An approved true positive keeps its response steps
 * open until every one is checked, because the response happens after the review.
 */
export function getEditScope(
  investigation: InvestigationDocument,
  checklists: ChecklistsResponse
): EditScope {
  switch (investigation.status) {
    case 'in_progress':
    case 'returned':
      return 'all';
    case 'submitted':
      return 'none';
    case 'approved':
      return investigation.verdict === 'true_positive' &&
        !isResponseComplete(investigation, checklists)
        ? 'response_steps'
        : 'none';
  }
}

/** Tells whether the investigation's state allows the action, and why not. */
export function checkAction(
  investigation: InvestigationDocument,
  action: InvestigationAction,
  checklists: ChecklistsResponse
): ActionCheck {
  switch (action) {
    case 'update':
      return getEditScope(investigation, checklists) === 'none'
        ? { allowed: false, reason: explainLocked(investigation) }
        : { allowed: true };
    case 'submit':
      if (!SUBMITTABLE_STATUSES.includes(investigation.status)) {
        return {
          allowed: false,
          reason: `${subject(investigation)} cannot be submitted because its status is ${investigation.status}. Only in_progress and returned investigations can be submitted.`,
        };
      }
      return checkSubmitFields(investigation, subject(investigation));
    case 'approve':
    case 'return':
      return checkReviewable(investigation, action);
  }
}

/** Applies the fields and steps of a `PATCH`. A value equal to the current one is no change. */
export function applyUpdate<T extends InvestigationDocument>(
  current: T,
  update: InvestigationUpdate,
  context: TransitionContext
): TransitionResult<T> {
  const scope = getEditScope(current, context.checklists);
  if (scope === 'none') {
    return { ok: false, message: explainLocked(current) };
  }

  const stepResult = applyStepUpdates(current.steps, update.steps ?? [], {
    alertId: current.alert_id,
    checklists: context.checklists,
    user: context.user,
    now: context.now,
  });
  if (!stepResult.ok) {
    return stepResult;
  }

  const changedFields = EDITABLE_FIELDS.filter(
    (field) => update[field] !== undefined && update[field] !== current[field]
  );
  if (scope === 'response_steps') {
    const blocked = [
      ...changedFields,
      ...stepResult.changedSections
        .filter((section) => section !== 'response')
        .map((section) => `${section} steps`),
    ];
    if (blocked.length > 0) {
      return {
        ok: false,
        message: `${subject(current)} is an approved true positive, so only its response steps can change until every response step is checked. Remove [${blocked.join(', ')}] from the request.`,
      };
    }
  }

  if (changedFields.length === 0 && stepResult.changedSections.length === 0) {
    return { ok: true, investigation: current, changed: false };
  }
  const next: T = { ...current, steps: stepResult.steps, updated_at: context.now };
  for (const field of changedFields) {
    Object.assign(next, { [field]: update[field] ?? null });
  }
  return { ok: true, investigation: next, changed: true };
}

export function applySubmit<T extends InvestigationDocument>(
  current: T,
  context: TransitionContext
): TransitionResult<T> {
  const check = checkAction(current, 'submit', context.checklists);
  if (!check.allowed) {
    return { ok: false, message: check.reason };
  }
  return {
    ok: true,
    changed: true,
    investigation: {
      ...current,
      status: 'submitted',
      submitted_at: context.now,
      updated_at: context.now,
    },
  };
}

function explainLocked(investigation: InvestigationDocument): string {
  if (investigation.status === 'submitted') {
    return `${subject(investigation)} is waiting for review, so it cannot change. A lead must return it before it can change.`;
  }
  if (investigation.verdict === 'true_positive') {
    return `${subject(investigation)} is an approved true positive with a complete response checklist, so it can no longer change.`;
  }
  return `${subject(investigation)} is approved, so it can no longer change.`;
}
