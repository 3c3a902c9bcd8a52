import type { ChecklistSectionId, ChecklistsResponse } from '../api/checklists';
import type { StepState, StepUpdate } from '../api/investigations';
import { buildEmptyStep, mapStepSections } from './checklist_steps';

export interface StepUpdateContext {
  alertId: string;
  checklists: ChecklistsResponse;
  user: string;
  now: string;
}

export type StepUpdateResult =
  | { ok: true; steps: StepState[]; changedSections: ChecklistSectionId[] }
  | { ok: false; message: string };

/**
 * Applies step updates to a copy of the steps. Only values that differ count as changes:
 * a changed `checked` records who checked the step and when, and a changed `note` who
 * wrote it and when. A step id must be in the alert's current checklists, and
 * `action_taken` applies only to response steps.
 */
export function applyStepUpdates(
  steps: readonly StepState[],
  updates: readonly StepUpdate[],
  context: StepUpdateContext
): StepUpdateResult {
  const sections = mapStepSections(context.checklists);
  const byId = new Map(steps.map((step) => [step.item_id, step]));
  const order = steps.map((step) => step.item_id);
  const changedSections = new Set<ChecklistSectionId>();
  const seen = new Set<string>();

  for (const update of updates) {
    const sectionId = sections.get(update.item_id);
    if (sectionId === undefined) {
      return {
        ok: false,
        message: `Step [${update.item_id}] is not in the current checklists of alert [${context.alertId}]. Reload the checklists and try again.`,
      };
    }
    if (seen.has(update.item_id)) {
      return { ok: false, message: `Step [${update.item_id}] appears more than once in the request.` };
    }
    seen.add(update.item_id);
    if (update.action_taken !== undefined && sectionId !== 'response') {
      return {
        ok: false,
        message: `Step [${update.item_id}] is in the ${sectionId} checklist, and action_taken applies only to response steps.`,
      };
    }

    const current = byId.get(update.item_id) ?? buildEmptyStep(update.item_id, sectionId);
    const next = applyOneUpdate(current, update, context);
    if (next !== current) {
      changedSections.add(sectionId);
      if (!byId.has(update.item_id)) {
        order.push(update.item_id);
      }
      byId.set(update.item_id, next);
    }
  }

  const nextSteps = order
    .map((itemId) => byId.get(itemId))
    .filter((step): step is StepState => step !== undefined);
  return { ok: true, steps: nextSteps, changedSections: [...changedSections] };
}

/** Returns the updated step, or the same object when nothing changes. */
function applyOneUpdate(
  current: StepState,
  update: StepUpdate,
  context: StepUpdateContext
): StepState {
  let next = current;
  if (update.checked !== undefined && update.checked !== current.checked) {
    next = {
      ...next,
      checked: update.checked,
      checked_by: update.checked ? context.user : null,
      checked_at: update.checked ? context.now : null,
    };
  }
  if (update.note !== undefined && update.note !== current.note) {
    next = {
      ...next,
      note: update.note,
      note_updated_by: context.user,
      note_updated_at: context.now,
    };
  }
  if (update.action_taken !== undefined && update.action_taken !== current.action_taken) {
    next = { ...next, action_taken: update.action_taken };
  }
  return next;
}
