export const CHECKLIST_SECTION_IDS = ['investigation', 'false_positive', 'response'] as const;
export type ChecklistSectionId = (typeof CHECKLIST_SECTION_IDS)[number];

/** Evidence panels of the investigation page a checklist step can point to. */
export const EVIDENCE_PANEL_IDS = [
  'process',
  'ancestry',
  'entry',
  'children',
  'clients',
  'outbound',
  'files',
  'related_alerts',
  'timeline',
] as const;
export type EvidencePanelId = (typeof EVIDENCE_PANEL_IDS)[number];

export interface ChecklistItem {
  /** Stable within one guide text: the section id and the item's position. */
  id: string;
  text: string;
  panels: EvidencePanelId[];
  facts: string[];
}

export interface ChecklistSection {
  id: ChecklistSectionId;
  title: string;
  items: ChecklistItem[];
}

export interface ChecklistsResponse {
  alert_id: string;
  rule_id: string;
  rule_name: string;
  rule_version: number | null;
  guide_hash: string;
  sections: ChecklistSection[];
}
