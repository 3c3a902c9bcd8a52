import type { EuiBasicTableColumn } from '@elastic/eui';

import type { AlertListItem, RuleSummary } from '../../../common/api/alerts';
import type { InvestigationStatus } from '../../../common/api/investigations';
import { investigationPath } from '../../lib/app_location_state';
import { formatTimestamp } from '../../lib/format_timestamp';
import { AppLink } from '../app_link/app_link';
import { InvestigationStatusBadge } from '../badges/investigation_status_badge';
import { SeverityBadge } from '../badges/severity_badge';
import { WorkflowStatusBadge } from '../badges/workflow_status_badge';
import { CommandLine } from '../command_line/command_line';
import { EmptyValue } from '../empty_value/empty_value';
import * as i18n from './translations';

const renderText = (value: string | number | null) =>
  value === null || value === '' ? <EmptyValue /> : String(value);

/**
 * Columns of the alerts table. `alertsSearch` is the page's query string, passed to the
 * investigation page so its back link returns to the same view.
 */
export const getAlertsTableColumns = (
  alertsSearch: string
): Array<EuiBasicTableColumn<AlertListItem>> => [
  {
    field: 'timestamp',
    name: i18n.COLUMN_TIME,
    sortable: true,
    width: '14em',
    render: (timestamp: string, alert: AlertListItem) => (
      <AppLink
        to={{ pathname: investigationPath(alert.id), state: { alertsSearch } }}
        data-test-subj={`simpleHttpInvestigationAlertRowLink-${alert.id}`}
      >
        {formatTimestamp(timestamp)}
      </AppLink>
    ),
  },
  {
    field: 'rule',
    name: i18n.COLUMN_RULE,
    sortable: true,
    render: (rule: RuleSummary) => rule.name,
  },
  {
    field: 'severity',
    name: i18n.COLUMN_SEVERITY,
    sortable: true,
    width: '7em',
    render: (severity: string | null) => <SeverityBadge severity={severity} />,
  },
  { field: 'host_name', name: i18n.COLUMN_HOST, sortable: true, render: renderText },
  { field: 'user_name', name: i18n.COLUMN_USER, sortable: true, render: renderText },
  { field: 'process_name', name: i18n.COLUMN_PROCESS, render: renderText },
  {
    field: 'command_line',
    name: i18n.COLUMN_COMMAND_LINE,
    width: '16em',
    render: (commandLine: string | null) => <CommandLine value={commandLine} truncate />,
  },
  {
    field: 'listening_port',
    name: i18n.COLUMN_PORT,
    width: '5em',
    align: 'right',
    render: renderText,
  },
  {
    field: 'served_directory',
    name: i18n.COLUMN_SERVED_DIRECTORY,
    render: (directory: string | null) => <CommandLine value={directory} truncate />,
  },
  {
    field: 'distinct_clients',
    name: i18n.COLUMN_CLIENTS,
    nameTooltip: { content: i18n.COLUMN_CLIENTS_TOOLTIP },
    width: '7em',
    align: 'right',
    render: renderText,
  },
  {
    field: 'workflow_status',
    name: i18n.COLUMN_STATUS,
    sortable: true,
    width: '9em',
    render: (status: string) => <WorkflowStatusBadge status={status} />,
  },
  {
    field: 'investigation_status',
    name: i18n.COLUMN_INVESTIGATION,
    width: '9em',
    render: (status: InvestigationStatus | null) => <InvestigationStatusBadge status={status} />,
  },
  { field: 'assignee', name: i18n.COLUMN_ASSIGNEE, width: '8em', render: renderText },
];
