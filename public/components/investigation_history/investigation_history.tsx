import {
  EuiBasicTable,
  EuiCallOut,
  EuiSpacer,
  EuiText,
  type EuiBasicTableColumn,
} from '@elastic/eui';

import type { AuditChange, AuditRecord } from '../../../common/api/investigations';
import { useInvestigationHistory } from '../../hooks/use_investigation_history';
import { formatAuditChange } from '../../lib/format_audit_change';
import { ApiErrorCallout } from '../api_error_callout/api_error_callout';
import { FormattedTime } from '../formatted_time/formatted_time';
import * as i18n from './translations';

export interface InvestigationHistoryProps {
  investigationId: string;
  /** `updated_at` of the record, so the history reloads after each save. */
  revision: string;
}

const renderChanges = (changes: AuditChange[]) =>
  changes.length === 0 ? (
    <EuiText size="s" color="subdued">
      {i18n.NO_CHANGES}
    </EuiText>
  ) : (
    <EuiText size="s">
      <ul>
        {changes.map((change, index) => (
          <li key={`${change.field}-${index}`} css={{ wordBreak: 'break-word' }}>
            {formatAuditChange(change, i18n.FORMAT_LABELS)}
          </li>
        ))}
      </ul>
    </EuiText>
  );

const COLUMNS: Array<EuiBasicTableColumn<AuditRecord>> = [
  {
    field: 'timestamp',
    name: i18n.COLUMN_TIME,
    width: '14em',
    render: (timestamp: string) => <FormattedTime value={timestamp} />,
  },
  { field: 'user', name: i18n.COLUMN_USER, width: '10em' },
  {
    field: 'action',
    name: i18n.COLUMN_ACTION,
    width: '14em',
    render: (action: string) => i18n.ACTION_LABELS[action] ?? action,
  },
  { field: 'changes', name: i18n.COLUMN_CHANGES, render: renderChanges },
];

/** Renders the audit records of an investigation and its alert, oldest first. */
export const InvestigationHistory = ({ investigationId, revision }: InvestigationHistoryProps) => {
  const { data, error, loading, refetch } = useInvestigationHistory(investigationId, revision);

  return (
    <div data-test-subj="simpleHttpInvestigationHistory">
      {error && (
        <>
          <ApiErrorCallout title={i18n.LOAD_ERROR} error={error} onRetry={refetch} />
          <EuiSpacer size="m" />
        </>
      )}
      {data?.truncated && (
        <>
          <EuiCallOut
            size="s"
            color="warning"
            iconType="warning"
            title={i18n.truncated(data.records.length, data.total)}
          />
          <EuiSpacer size="m" />
        </>
      )}
      <EuiBasicTable<AuditRecord>
        tableCaption={i18n.CAPTION}
        items={data?.records ?? []}
        itemId="id"
        columns={COLUMNS}
        loading={loading}
        noItemsMessage={loading ? i18n.LOADING : i18n.NO_RECORDS}
        rowProps={(record) => ({
          'data-test-subj': `simpleHttpInvestigationHistoryRow-${record.action}`,
        })}
        data-test-subj="simpleHttpInvestigationHistoryTable"
      />
    </div>
  );
};
