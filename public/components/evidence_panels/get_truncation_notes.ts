import type { EvidencePanelId } from '../../../common/api/checklists';
import { CLIENT_EVENTS_SAMPLED, TIMELINE_INCOMPLETE, TRUNCATED_BODY } from './translations';

/**
 * The server's names in `AlertEvidence.truncated` for the sections that fill a panel.
 * NOTE: the names are repeated from `EVIDENCE_SECTIONS` and `CLIENT_EVENTS_TRUNCATED` in
 * server/lib/evidence, because common/api does not export them.
 */
const PANEL_BY_SECTION: Record<string, EvidencePanelId> = {
  server_process: 'process',
  ancestry: 'ancestry',
  children: 'children',
  clients: 'clients',
  outbound: 'outbound',
  files: 'files',
  related_alerts: 'related_alerts',
};

/** Reported when each client's `events` is a sample while the list and counts are complete. */
const CLIENT_EVENTS_SECTION = 'client_events';

export type TruncationNotes = Partial<Record<EvidencePanelId, string>>;

/**
 * Returns the note each evidence panel shows for the sections in `AlertEvidence.truncated`.
 * The timeline is built from the other lists, so it is incomplete whenever one of them is.
 * Names without a panel, such as `building_blocks`, add no note.
 */
export const getTruncationNotes = (truncated: string[]): TruncationNotes => {
  const notes: TruncationNotes = {};

  for (const section of truncated) {
    const panelId = PANEL_BY_SECTION[section];

    if (panelId) {
      notes[panelId] = TRUNCATED_BODY;
    }
  }

  if (truncated.includes(CLIENT_EVENTS_SECTION) && !notes.clients) {
    notes.clients = CLIENT_EVENTS_SAMPLED;
  }

  if (Object.keys(notes).length > 0) {
    notes.timeline = TIMELINE_INCOMPLETE;
  }

  return notes;
};
