import type { ChecklistSectionId, ChecklistsResponse } from '../../common/api/checklists';

/** Maximum length of a step's text in a step name, in characters, before the ellipsis. */
const MAX_STEP_TEXT_LENGTH = 40;

/** Shortens a step's text to one line of at most 40 characters, cut at a word boundary. */
export const shortenStepText = (text: string): string => {
  const oneLine = text.replace(/\s+/g, ' ').trim();

  if (oneLine.length <= MAX_STEP_TEXT_LENGTH) {
    return oneLine;
  }

  const cut = oneLine.slice(0, MAX_STEP_TEXT_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');

  return `${lastSpace > 0 ? cut.slice(0, lastSpace) : cut}…`;
};

/** Names a step from its section, its 1-based position in the section and its short text. */
export type NameChecklistStep = (
  sectionId: ChecklistSectionId,
  position: number,
  shortText: string
) => string;

/** Builds the display name of every step in the checklists, by step id. */
export const buildStepNames = (
  checklists: ChecklistsResponse | undefined,
  nameStep: NameChecklistStep
): Map<string, string> => {
  const names = new Map<string, string>();

  for (const section of checklists?.sections ?? []) {
    section.items.forEach((item, index) => {
      names.set(item.id, nameStep(section.id, index + 1, shortenStepText(item.text)));
    });
  }

  return names;
};
