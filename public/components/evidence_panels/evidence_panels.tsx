import { EuiFlexGroup, EuiFlexItem } from '@elastic/eui';

import type { AlertEvidence } from '../../../common/api/evidence';
import { AncestryPanel } from './ancestry_panel';
import { ChildrenPanel } from './children_panel';
import { ClientsPanel } from './clients_panel';
import { EntryPanel } from './entry_panel';
import { FilesPanel } from './files_panel';
import { getTruncationNotes } from './get_truncation_notes';
import { OutboundPanel } from './outbound_panel';
import { ProcessPanel } from './process_panel';
import { RelatedAlertsPanel } from './related_alerts_panel';
import { TimelinePanel } from './timeline_panel';

export interface EvidencePanelsProps {
  evidence: AlertEvidence;
  alertsSearch: string;
}

/** Renders every evidence panel of the investigation page, in the order an analyst reads them. */
export const EvidencePanels = ({ evidence, alertsSearch }: EvidencePanelsProps) => {
  const notes = getTruncationNotes(evidence.truncated);

  return (
    <EuiFlexGroup direction="column" gutterSize="m">
      <EuiFlexItem>
        <ProcessPanel process={evidence.process} truncationNote={notes.process} />
      </EuiFlexItem>
      <EuiFlexItem>
        <AncestryPanel ancestry={evidence.ancestry} truncationNote={notes.ancestry} />
      </EuiFlexItem>
      <EuiFlexItem>
        <EntryPanel entry={evidence.entry} truncationNote={notes.entry} />
      </EuiFlexItem>
      <EuiFlexItem>
        <ChildrenPanel childProcesses={evidence.children} truncationNote={notes.children} />
      </EuiFlexItem>
      <EuiFlexItem>
        <ClientsPanel clients={evidence.clients} truncationNote={notes.clients} />
      </EuiFlexItem>
      <EuiFlexItem>
        <OutboundPanel outbound={evidence.outbound} truncationNote={notes.outbound} />
      </EuiFlexItem>
      <EuiFlexItem>
        <FilesPanel files={evidence.files} truncationNote={notes.files} />
      </EuiFlexItem>
      <EuiFlexItem>
        <RelatedAlertsPanel
          relatedAlerts={evidence.related_alerts}
          truncationNote={notes.related_alerts}
          alertsSearch={alertsSearch}
        />
      </EuiFlexItem>
      <EuiFlexItem>
        <TimelinePanel timeline={evidence.timeline} truncationNote={notes.timeline} />
      </EuiFlexItem>
    </EuiFlexGroup>
  );
};
