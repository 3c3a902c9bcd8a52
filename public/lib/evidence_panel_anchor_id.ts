import type { EvidencePanelId } from '../../common/api/checklists';

/** DOM id of an evidence panel, the target of checklist links. */
export const evidencePanelAnchorId = (panelId: EvidencePanelId): string => `evidence-${panelId}`;
