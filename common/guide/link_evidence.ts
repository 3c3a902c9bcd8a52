import type { ChecklistSectionId, EvidencePanelId } from '../api/checklists';
import type { FactId } from '../api/evidence';
import { EVIDENCE_LINKS, type EvidenceLink } from './evidence_links';

export interface EvidenceTargets {
  panels: EvidencePanelId[];
  facts: FactId[];
}

/** Lower-cases `text` and turns each run of non-alphanumeric characters into one space. */
export function normalizeItemText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Finds the first `EVIDENCE_LINKS` row of the section whose phrase occurs in the step text. */
export function findEvidenceLink(
  section: ChecklistSectionId,
  text: string,
): EvidenceLink | undefined {
  const padded = ` ${normalizeItemText(text)} `;
  return EVIDENCE_LINKS.find(
    (row) =>
      row.section === section &&
      row.phrases.some((phrase) => padded.includes(` ${normalizeItemText(phrase)} `)),
  );
}

/** Returns the panels and facts linked to a guide step, or empty lists for an unknown step. */
export function linkEvidence(section: ChecklistSectionId, text: string): EvidenceTargets {
  const row = findEvidenceLink(section, text);
  return { panels: [...(row?.panels ?? [])], facts: [...(row?.facts ?? [])] };
}
