import { EuiFlexGroup, EuiFlexItem, type EuiBasicTableColumn } from '@elastic/eui';

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
import { ExceptionBadges } from '../exception_badges/exception_badges';
import * as i18n from './translations';

const renderText = (value: string | number | null) =>
  value === null || value === '' ? <EmptyValue /> : String(value);

/**
 * Minimum window width in CSS pixels at which a column is shown, for the columns that narrower
 * windows leave out. The command line usually contains the process and port, and the
 * investigation page shows all four values. 1200 px is EUI's `xl` breakpoint.
 */
const MIN_WINDOW_WIDTH_BY_FIELD: Partial<Record<keyof AlertListItem, number>> = {
  listening_port: 1200,
  process_name: 1200,
  distinct_clients: 1200,
  served_directory: 1440,
};

/** Fields of the columns that a window of `windowWidth` CSS pixels leaves out. */
export const getHiddenAlertsTableFields = (windowWidth: number): Array<keyof AlertListItem> =>
  (Object.keys(MIN_WINDOW_WIDTH_BY_FIELD) as Array<keyof AlertListItem>).filter(
    (field) => windowWidth < (MIN_WINDOW_WIDTH_BY_FIELD[field] ?? 0)
  );

/**
 * Columns of the alerts table, without those in `hiddenFields`. `alertsSearch` is the page's
 * query string, passed to the investigation page so its back link returns to the same view.
 *
 * The table uses `tableLayout="auto"`, so `minWidth` keeps text columns readable and
 * `maxWidth` stops truncated columns from growing to their full text.
 */
export const getAlertsTableColumns = (
  alertsSearch: string,
  hiddenFields: ReadonlyArray<keyof AlertListItem> = []
): Array<EuiBasicTableColumn<AlertListItem>> =>
  getAllColumns(alertsSearch).filter(
    (column) =>
      !('field' in column) || !hiddenFields.includes(column.field as keyof AlertListItem)
  );

const getAllColumns = (alertsSearch: string): Array<EuiBasicTableColumn<AlertListItem>> => [
  {
    field: 'timestamp',
    name: i18n.COLUMN_TIME,
    sortable: true,
    minWidth: '9em',
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
    minWidth: '10em',
    render: (rule: RuleSummary) => rule.name,
  },
  {
    field: 'severity',
    name: i18n.COLUMN_SEVERITY,
    sortable: true,
    minWidth: '6em',
    render: (severity: string | null) => <SeverityBadge severity={severity} />,
  },
  {
    field: 'host_name',
    name: i18n.COLUMN_HOST,
    sortable: true,
    minWidth: '7em',
    render: renderText,
  },
  {
    field: 'user_name',
    name: i18n.COLUMN_USER,
    sortable: true,
    minWidth: '6em',
    render: renderText,
  },
  { field: 'process_name', name: i18n.COLUMN_PROCESS, minWidth: '7em', render: renderText },
  {
    field: 'command_line',
    name: i18n.COLUMN_COMMAND_LINE,
    minWidth: '8em',
    maxWidth: '11em',
    render: (commandLine: string | null) => <CommandLine value={commandLine} truncate />,
  },
  {
    field: 'listening_port',
    name: i18n.COLUMN_PORT,
    minWidth: '4em',
    align: 'right',
    render: renderText,
  },
  {
    field: 'served_directory',
    name: i18n.COLUMN_SERVED_DIRECTORY,
    minWidth: '8em',
    maxWidth: '10em',
    render: (directory: string | null) => <CommandLine value={directory} truncate />,
  },
  {
    field: 'distinct_clients',
    name: i18n.COLUMN_CLIENTS,
    nameTooltip: { content: i18n.COLUMN_CLIENTS_TOOLTIP },
    minWidth: '6em',
    align: 'right',
    render: renderText,
  },
  {
    // The exception badges share this column because a last column scrolls out of view.
    field: 'workflow_status',
    name: i18n.COLUMN_STATUS,
    nameTooltip: { content: i18n.COLUMN_STATUS_TOOLTIP },
    sortable: true,
    minWidth: '8em',
    maxWidth: '14em',
    render: (status: string, alert: AlertListItem) => (
      <EuiFlexGroup direction="column" gutterSize="xs" alignItems="flexStart">
        <EuiFlexItem grow={false}>
          <WorkflowStatusBadge status={status} />
        </EuiFlexItem>
        {alert.exceptions.length > 0 && (
          <EuiFlexItem grow={false} css={{ maxWidth: '100%' }}>
            <ExceptionBadges exceptions={alert.exceptions} />
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
    ),
  },
  {
    field: 'investigation_status',
    name: i18n.COLUMN_INVESTIGATION,
    minWidth: '7em',
    render: (status: InvestigationStatus | null) => <InvestigationStatusBadge status={status} />,
  },
  { field: 'assignee', name: i18n.COLUMN_ASSIGNEE, minWidth: '5.5em', render: renderText },
];
