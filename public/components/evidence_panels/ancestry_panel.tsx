import { EuiBasicTable, type EuiBasicTableColumn } from '@elastic/eui';

import type { ProcessSummary } from '../../../common/api/evidence';
import { CommandLine } from '../command_line/command_line';
import { FormattedTime } from '../formatted_time/formatted_time';
import { EvidencePanel } from './evidence_panel';
import { formatProcessName, formatUser } from './process_description_items';
import * as i18n from './translations';

const columns: Array<EuiBasicTableColumn<ProcessSummary>> = [
  {
    name: i18n.FIELD_PROCESS,
    width: '14em',
    render: (process: ProcessSummary) => formatProcessName(process),
  },
  {
    name: i18n.FIELD_USER,
    width: '10em',
    render: (process: ProcessSummary) => formatUser(process.user_name, process.user_id),
  },
  {
    field: 'command_line',
    name: i18n.FIELD_COMMAND_LINE,
    render: (commandLine: string | null) => <CommandLine value={commandLine} />,
  },
  {
    field: 'start',
    name: i18n.FIELD_STARTED,
    width: '15em',
    render: (start: string | null) => <FormattedTime value={start} />,
  },
];

export interface AncestryPanelProps {
  ancestry: ProcessSummary[];
  truncationNote?: string;
}

/** Renders the chain of processes above the server, up to the session's entry leader. */
export const AncestryPanel = ({ ancestry, truncationNote }: AncestryPanelProps) => (
  <EvidencePanel
    panelId="ancestry"
    count={ancestry.length}
    isEmpty={ancestry.length === 0}
    truncationNote={truncationNote}
    description={i18n.ANCESTRY_ORDER_NOTE}
  >
    <EuiBasicTable<ProcessSummary>
      tableCaption={i18n.PANEL_TITLES.ancestry}
      items={ancestry}
      columns={columns}
      compressed
    />
  </EvidencePanel>
);
