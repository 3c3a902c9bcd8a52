import {
  EuiBadge,
  EuiBasicTable,
  EuiFlexGroup,
  EuiFlexItem,
  type EuiBasicTableColumn,
} from '@elastic/eui';

import type { RelatedAlert } from '../../../common/api/evidence';
import { investigationPath } from '../../lib/app_location_state';
import { formatTimestamp } from '../../lib/format_timestamp';
import { AppLink } from '../app_link/app_link';
import { SeverityBadge } from '../badges/severity_badge';
import { WorkflowStatusBadge } from '../badges/workflow_status_badge';
import { EmptyValue } from '../empty_value/empty_value';
import { EvidencePanel } from './evidence_panel';
import * as i18n from './translations';

interface NameWithMatchProps {
  name: string | null;
  matches: boolean;
  label: string;
}

const NameWithMatch = ({ name, matches, label }: NameWithMatchProps) => (
  <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false} wrap>
    <EuiFlexItem grow={false}>{name ?? <EmptyValue />}</EuiFlexItem>
    {matches && (
      <EuiFlexItem grow={false}>
        <EuiBadge color="hollow">{label}</EuiBadge>
      </EuiFlexItem>
    )}
  </EuiFlexGroup>
);

const getColumns = (alertsSearch: string): Array<EuiBasicTableColumn<RelatedAlert>> => [
  {
    field: 'timestamp',
    name: i18n.FIELD_TIME,
    width: '15em',
    render: (timestamp: string, alert: RelatedAlert) => (
      <AppLink
        to={{ pathname: investigationPath(alert.id), state: { alertsSearch } }}
        data-test-subj={`simpleHttpInvestigationRelatedAlertLink-${alert.id}`}
      >
        {formatTimestamp(timestamp)}
      </AppLink>
    ),
  },
  { field: 'rule_name', name: i18n.FIELD_RULE },
  {
    field: 'severity',
    name: i18n.FIELD_SEVERITY,
    width: '100px',
    render: (severity: string | null) => <SeverityBadge severity={severity} />,
  },
  {
    name: i18n.FIELD_HOST,
    render: (alert: RelatedAlert) => (
      <NameWithMatch
        name={alert.host_name}
        matches={alert.same_host}
        label={i18n.SAME_HOST_BADGE}
      />
    ),
  },
  {
    name: i18n.FIELD_USER,
    render: (alert: RelatedAlert) => (
      <NameWithMatch
        name={alert.user_name}
        matches={alert.same_user}
        label={i18n.SAME_USER_BADGE}
      />
    ),
  },
  {
    field: 'workflow_status',
    name: i18n.FIELD_STATUS,
    width: '120px',
    render: (status: string) => <WorkflowStatusBadge status={status} />,
  },
];

export interface RelatedAlertsPanelProps {
  relatedAlerts: RelatedAlert[];
  truncationNote?: string;
  /** Query string of the alerts page, kept for the back link of the linked pages. */
  alertsSearch: string;
}

/**
 * Renders other alerts for the same host or user in the window, linking to their
 * investigation pages.
 */
export const RelatedAlertsPanel = ({
  relatedAlerts,
  truncationNote,
  alertsSearch,
}: RelatedAlertsPanelProps) => (
  <EvidencePanel
    panelId="related_alerts"
    count={relatedAlerts.length}
    isEmpty={relatedAlerts.length === 0}
    truncationNote={truncationNote}
  >
    <EuiBasicTable<RelatedAlert>
      tableCaption={i18n.PANEL_TITLES.related_alerts}
      items={relatedAlerts}
      columns={getColumns(alertsSearch)}
      compressed
    />
  </EvidencePanel>
);
