import {
  EuiBadge,
  EuiBasicTable,
  EuiFlexGroup,
  EuiFlexItem,
  type EuiBasicTableColumn,
} from '@elastic/eui';

import type { FileActivity } from '../../../common/api/evidence';
import { CommandLine } from '../command_line/command_line';
import { EmptyValue } from '../empty_value/empty_value';
import { FormattedTime } from '../formatted_time/formatted_time';
import { EvidencePanel } from './evidence_panel';
import * as i18n from './translations';

const FileMarkers = ({ file }: { file: FileActivity }) => {
  if (!file.is_script && !file.by_server) {
    return <EmptyValue />;
  }

  return (
    <EuiFlexGroup gutterSize="xs" responsive={false} wrap>
      {file.is_script && (
        <EuiFlexItem grow={false}>
          <EuiBadge color="warning" data-test-subj="simpleHttpInvestigationScriptBadge">
            {i18n.SCRIPT_BADGE}
          </EuiBadge>
        </EuiFlexItem>
      )}
      {file.by_server && (
        <EuiFlexItem grow={false}>
          <EuiBadge color="accent" data-test-subj="simpleHttpInvestigationByServerBadge">
            {i18n.BY_SERVER_BADGE}
          </EuiBadge>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
};

const columns: Array<EuiBasicTableColumn<FileActivity>> = [
  {
    field: 'timestamp',
    name: i18n.FIELD_TIME,
    minWidth: '9em',
    render: (timestamp: string) => <FormattedTime value={timestamp} />,
  },
  { field: 'action', name: i18n.FIELD_ACTION, minWidth: '5em' },
  {
    field: 'path',
    name: i18n.FIELD_PATH,
    minWidth: '12em',
    render: (path: string) => <CommandLine value={path} wrapAtSlashes />,
  },
  {
    field: 'size',
    name: i18n.FIELD_SIZE,
    align: 'right',
    minWidth: '6em',
    render: (size: number | null) => (size === null ? <EmptyValue /> : i18n.sizeBytes(size)),
  },
  {
    name: i18n.FIELD_MARKERS,
    minWidth: '6em',
    render: (file: FileActivity) => <FileMarkers file={file} />,
  },
  {
    field: 'process_name',
    name: i18n.FIELD_PROCESS,
    minWidth: '5em',
    render: (processName: string | null) => processName ?? <EmptyValue />,
  },
];

export interface FilesPanelProps {
  files: FileActivity[];
  truncationNote?: string;
}

/**
 * Renders the file events in the window, marking scripts and files written by the server's
 * processes.
 */
export const FilesPanel = ({ files, truncationNote }: FilesPanelProps) => (
  <EvidencePanel
    panelId="files"
    count={files.length}
    isEmpty={files.length === 0}
    truncationNote={truncationNote}
  >
    <EuiBasicTable<FileActivity>
      tableCaption={i18n.PANEL_TITLES.files}
      items={files}
      columns={columns}
      // The path takes the width the other columns leave, and the table scrolls sideways when
      // the panel is narrower than the columns' minimum widths.
      tableLayout="auto"
      scrollableInline
      compressed
    />
  </EvidencePanel>
);
