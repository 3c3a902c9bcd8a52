import { EuiBasicTable, EuiLink, type EuiBasicTableColumn } from '@elastic/eui';
import { useHistory } from 'react-router-dom';

import type { AlertListItem } from '../../../common/api/alerts';
import { investigationPath } from '../../lib/app_location_state';
import { formatTimestamp } from '../../lib/format_timestamp';
import { EmptyValue } from '../empty_value/empty_value';
import * as i18n from './translations';

const renderText = (value: string | null) => (value ? value : <EmptyValue />);

/**
 * Opens an alert's investigation in a new tab, so the draft in the flyout stays as it is.
 */
export const AlertTabLink = ({ alertId, children }: { alertId: string; children: string }) => {
  const history = useHistory();

  return (
    <EuiLink
      href={history.createHref({ pathname: investigationPath(alertId) })}
      target="_blank"
      data-test-subj={`simpleHttpInvestigationPreviewAlertLink-${alertId}`}
    >
      {children}
    </EuiLink>
  );
};

const COLUMNS: Array<EuiBasicTableColumn<AlertListItem>> = [
  {
    field: 'timestamp',
    name: i18n.COLUMN_TIME,
    width: '13em',
    render: (timestamp: string, alert: AlertListItem) => (
      <AlertTabLink alertId={alert.id}>{formatTimestamp(timestamp)}</AlertTabLink>
    ),
  },
  { field: 'host_name', name: i18n.COLUMN_HOST, render: renderText },
  { field: 'user_name', name: i18n.COLUMN_USER, render: renderText },
  {
    field: 'command_line',
    name: i18n.COLUMN_COMMAND_LINE,
    render: renderText,
    truncateText: true,
  },
];

export interface PreviewSampleTableProps {
  sample: AlertListItem[];
  matched: number;
}

/** Lists the newest alerts the draft matched, each linking to its investigation. */
export const PreviewSampleTable = ({ sample, matched }: PreviewSampleTableProps) => (
  <EuiBasicTable<AlertListItem>
    tableCaption={i18n.sampleCaption(sample.length, matched)}
    items={sample}
    itemId="id"
    columns={COLUMNS}
    compressed
    noItemsMessage={i18n.NO_MATCHES}
    data-test-subj="simpleHttpInvestigationPreviewSampleTable"
  />
);
