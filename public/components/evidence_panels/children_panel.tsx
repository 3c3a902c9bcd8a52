import {
  EuiBadge,
  EuiBasicTable,
  EuiFlexGroup,
  EuiFlexItem,
  EuiToolTip,
  useEuiTheme,
  type EuiBasicTableColumn,
} from '@elastic/eui';

import type { ChildProcess } from '../../../common/api/evidence';
import { CommandLine } from '../command_line/command_line';
import { FormattedTime } from '../formatted_time/formatted_time';
import { EvidencePanel } from './evidence_panel';
import { formatProcessName, formatUser } from './process_description_items';
import * as i18n from './translations';

/** Test id of a child process row: its entity id, or its position when the id is missing. */
const childTestSubj = (child: ChildProcess, index: number) =>
  `simpleHttpInvestigationChildProcess-${child.entity_id ?? index}`;

const ProcessCell = ({ child }: { child: ChildProcess }) => {
  const { euiTheme } = useEuiTheme();

  return (
    <EuiFlexGroup
      gutterSize="s"
      alignItems="center"
      responsive={false}
      wrap
      // Deeper descendants are indented under their parent.
      css={{ paddingLeft: `calc(${euiTheme.size.m} * ${Math.max(child.depth - 1, 0)})` }}
    >
      <EuiFlexItem grow={false}>{formatProcessName(child)}</EuiFlexItem>
      {child.is_shell && (
        <EuiFlexItem grow={false}>
          <EuiToolTip content={i18n.SHELL_TOOLTIP}>
            <EuiBadge
              color="warning"
              iconType="warning"
              tabIndex={0}
              data-test-subj="simpleHttpInvestigationShellBadge"
            >
              {i18n.SHELL_BADGE}
            </EuiBadge>
          </EuiToolTip>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
};

const columns: Array<EuiBasicTableColumn<ChildProcess>> = [
  {
    name: i18n.FIELD_PROCESS,
    width: '16em',
    render: (child: ChildProcess) => <ProcessCell child={child} />,
  },
  {
    name: i18n.FIELD_USER,
    width: '10em',
    render: (child: ChildProcess) => formatUser(child.user_name, child.user_id),
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

export interface ChildrenPanelProps {
  childProcesses: ChildProcess[];
  truncationNote?: string;
}

/** Renders the processes the server started and their descendants, flagging shells. */
export const ChildrenPanel = ({ childProcesses, truncationNote }: ChildrenPanelProps) => (
  <EvidencePanel
    panelId="children"
    count={childProcesses.length}
    isEmpty={childProcesses.length === 0}
    truncationNote={truncationNote}
  >
    <EuiBasicTable<ChildProcess>
      tableCaption={i18n.PANEL_TITLES.children}
      items={childProcesses}
      columns={columns}
      compressed
      rowProps={(child) => ({
        'data-test-subj': childTestSubj(child, childProcesses.indexOf(child)),
        'data-shell': child.is_shell,
      })}
    />
  </EvidencePanel>
);
