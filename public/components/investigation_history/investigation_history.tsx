import { useMemo } from 'react';
import {
  EuiBasicTable,
  EuiCallOut,
  EuiSpacer,
  EuiText,
  type EuiBasicTableColumn,
} from '@elastic/eui';

import type { ChecklistsResponse } from '../../../common/api/checklists';
import type { AuditChange, AuditRecord } from '../../../common/api/investigations';
import { useInvestigationHistory } from '../../hooks/use_investigation_history';
import { buildStepNames } from '../../lib/checklist_step_names';
import { formatAuditChange } from '../../lib/format_audit_change';
import { ApiErrorCallout } from '../api_error_callout/api_error_callout';
import { FormattedTime } from '../formatted_time/formatted_time';
import * as i18n from './translations';

export interface InvestigationHistoryProps {
  investigationId: string;
  /** `updated_at` of the record, so the history reloads after each save. */
  revision: string;
  /**
   * The alert's current checklists, which name the steps in step changes. Before they load,
   * or for a step no longer in them, a step is named by its id.
   */
  checklists: ChecklistsResponse | undefined;
}

const renderChanges = (changes: AuditChange[], stepNames: ReadonlyMap<string, string>) =>
  changes.length === 0 ? (
    <EuiText size="s" color="subdued">
      {i18n.NO_CHANGES}
    </EuiText>
  ) : (
    <EuiText size="s">
      <ul>
        {changes.map((change, index) => (
          <li key={`${change.field}-${index}`} css={{ wordBreak: 'break-word' }}>
            {formatAuditChange(change, i18n.FORMAT_LABELS, stepNames)}
          </li>
        ))}
      </ul>
    </EuiText>
  );

const buildColumns = (
  stepNames: ReadonlyMap<string, string>
): Array<EuiBasicTableColumn<AuditRecord>> => [
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
  {
    field: 'changes',
    name: i18n.COLUMN_CHANGES,
    render: (changes: AuditChange[]) => renderChanges(changes, stepNames),
  },
];

/** Renders the audit records of an investigation and its alert, oldest first. */
export const InvestigationHistory = ({
  investigationId,
  revision,
  checklists,
}: InvestigationHistoryProps) => {
  const { data, error, loading, refetch } = useInvestigationHistory(investigationId, revision);
  const columns = useMemo(
    () => buildColumns(buildStepNames(checklists, i18n.nameStep)),
    [checklists]
  );

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
        columns={columns}
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
