import { EuiDescriptionList, EuiFlexGroup, EuiFlexItem } from '@elastic/eui';

import type { EntryEvidence } from '../../../common/api/evidence';
import { AddressKindBadge } from '../badges/address_kind_badge';
import { CommandLine } from '../command_line/command_line';
import { EmptyValue } from '../empty_value/empty_value';
import { FormattedTime } from '../formatted_time/formatted_time';
import { EvidencePanel } from './evidence_panel';
import type { DescriptionItem } from './process_description_items';
import * as i18n from './translations';

const renderSource = (entry: EntryEvidence) => {
  if (entry.source_ip === null) {
    return <EmptyValue />;
  }

  return (
    <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
      <EuiFlexItem grow={false}>{entry.source_ip}</EuiFlexItem>
      {entry.source_kind && (
        <EuiFlexItem grow={false}>
          <AddressKindBadge kind={entry.source_kind} />
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
};

const entryItems = (entry: EntryEvidence): DescriptionItem[] => [
  {
    title: i18n.FIELD_ENTRY_TYPE,
    description:
      entry.type === null ? <EmptyValue /> : (i18n.ENTRY_TYPES[entry.type] ?? entry.type),
  },
  { title: i18n.FIELD_SOURCE_IP, description: renderSource(entry) },
  { title: i18n.FIELD_USER, description: entry.user_name ?? <EmptyValue /> },
  { title: i18n.FIELD_PROCESS, description: entry.process_name ?? <EmptyValue /> },
  { title: i18n.FIELD_EXECUTABLE, description: <CommandLine value={entry.executable} /> },
  { title: i18n.FIELD_STARTED, description: <FormattedTime value={entry.start} /> },
  { title: i18n.FIELD_ENTITY_ID, description: <CommandLine value={entry.entity_id} /> },
];

export interface EntryPanelProps {
  entry: EntryEvidence | null;
  truncationNote?: string;
}

/** Renders the entry leader of the server's session: SSH login, terminal, init or container. */
export const EntryPanel = ({ entry, truncationNote }: EntryPanelProps) => (
  <EvidencePanel panelId="entry" isEmpty={entry === null} truncationNote={truncationNote}>
    {entry && <EuiDescriptionList type="column" compressed listItems={entryItems(entry)} />}
  </EvidencePanel>
);
