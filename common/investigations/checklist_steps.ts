import type { ChecklistSectionId, ChecklistsResponse } from '../api/checklists';
import type { Investigation, StepState } from '../api/investigations';

/** Returns the section of every step id in the checklists. */
export function mapStepSections(checklists: ChecklistsResponse): Map<string, ChecklistSectionId> {
  const sections = new Map<string, ChecklistSectionId>();
  for (const section of checklists.sections) {
    for (const item of section.items) {
      sections.set(item.id, section.id);
    }
  }
  return sections;
}

/** The state of a step nobody has touched. */
export function buildEmptyStep(itemId: string, sectionId: ChecklistSectionId): StepState {
  return {
    item_id: itemId,
    section_id: sectionId,
    checked: false,
    checked_by: null,
    checked_at: null,
    note: '',
    note_updated_by: null,
    note_updated_at: null,
    action_taken: '',
  };
}

/** Builds the untouched state of every step of the checklists, in checklist order. */
export function buildEmptySteps(checklists: ChecklistsResponse): StepState[] {
  return checklists.sections.flatMap((section) =>
    section.items.map((item) => buildEmptyStep(item.id, section.id))
  );
}

/**
 * Tells whether every step of the response checklist is checked. A guide without
 * response steps has a complete response checklist.
 */
export function isResponseComplete(
  investigation: Pick<Investigation, 'steps'>,
  checklists: ChecklistsResponse
): boolean {
  const checked = new Set(
    investigation.steps.filter((step) => step.checked).map((step) => step.item_id)
  );
  return checklists.sections
    .filter((section) => section.id === 'response')
    .every((section) => section.items.every((item) => checked.has(item.id)));
}
