import type { EuiBasicTableColumn } from '@elastic/eui';

import type {
  Investigation,
  InvestigationStatus,
  Verdict,
} from '../../../common/api/investigations';
import { reviewPath } from '../../lib/app_location_state';
import { formatTimestamp } from '../../lib/format_timestamp';
import { AppLink } from '../app_link/app_link';
import { InvestigationStatusBadge } from '../badges/investigation_status_badge';
import { VERDICT_LABELS } from '../badges/translations';
import { EmptyValue } from '../empty_value/empty_value';
import { FormattedTime } from '../formatted_time/formatted_time';
import * as i18n from './translations';

const renderText = (value: string | null) => (value ? value : <EmptyValue />);

/**
 * Columns of the review queue. `reviewSearch` is the queue's query string, passed to the
 * review page so its back link returns to the same view.
 */
export const getReviewQueueColumns = (
  reviewSearch: string
): Array<EuiBasicTableColumn<Investigation>> => [
  {
    field: 'alert_timestamp',
    name: i18n.COLUMN_ALERT_TIME,
    sortable: true,
    width: '14em',
    render: (timestamp: string, investigation: Investigation) => (
      <AppLink
        to={{ pathname: reviewPath(investigation.alert_id), state: { reviewSearch } }}
        data-test-subj={`simpleHttpInvestigationReviewRowLink-${investigation.alert_id}`}
      >
        {formatTimestamp(timestamp)}
      </AppLink>
    ),
  },
  { field: 'rule_name', name: i18n.COLUMN_RULE },
  { field: 'host_name', name: i18n.COLUMN_HOST, sortable: true, render: renderText },
  { field: 'user_name', name: i18n.COLUMN_USER, render: renderText },
  { field: 'analyst', name: i18n.COLUMN_ANALYST, sortable: true },
  { field: 'assignee', name: i18n.COLUMN_ASSIGNEE, render: renderText },
  {
    field: 'verdict',
    name: i18n.COLUMN_VERDICT,
    render: (verdict: Verdict | null) => (verdict ? VERDICT_LABELS[verdict] : <EmptyValue />),
  },
  {
    field: 'status',
    name: i18n.COLUMN_STATUS,
    sortable: true,
    width: '9em',
    render: (status: InvestigationStatus) => <InvestigationStatusBadge status={status} />,
  },
  {
    field: 'submitted_at',
    name: i18n.COLUMN_SUBMITTED,
    sortable: true,
    width: '14em',
    render: (submittedAt: string | null) => <FormattedTime value={submittedAt} />,
  },
  {
    field: 'updated_at',
    name: i18n.COLUMN_UPDATED,
    sortable: true,
    width: '14em',
    render: (updatedAt: string) => <FormattedTime value={updatedAt} />,
  },
];
