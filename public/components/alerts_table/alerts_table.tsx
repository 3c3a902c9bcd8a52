import { useMemo, type MouseEvent, type ReactNode } from 'react';
import { EuiBasicTable, type CriteriaWithPagination } from '@elastic/eui';
import { css } from '@emotion/react';

import type { AlertListItem, AlertSortField } from '../../../common/api/alerts';
import { PAGE_SIZE_OPTIONS, type AlertsPageQuery } from '../../lib/alerts_page_query';
import { useWindowWidth } from '../../hooks/use_window_width';
import { getAlertsTableColumns, getHiddenAlertsTableFields } from './alerts_table_columns';
import * as i18n from './translations';

/** Table columns that sort on the server, by the API's `sort_field` name. */
const SORT_FIELD_BY_COLUMN: Partial<Record<keyof AlertListItem, AlertSortField>> = {
  timestamp: 'timestamp',
  rule: 'rule',
  severity: 'severity',
  host_name: 'host',
  user_name: 'user',
  risk_score: 'risk_score',
  workflow_status: 'workflow_status',
};

const COLUMN_BY_SORT_FIELD = Object.fromEntries(
  Object.entries(SORT_FIELD_BY_COLUMN).map(([column, sortField]) => [sortField, column])
) as Record<AlertSortField, keyof AlertListItem>;

const clickableRowCss = css`
  cursor: pointer;
`;

export interface AlertsTableProps {
  alerts: AlertListItem[];
  total: number;
  query: AlertsPageQuery;
  loading: boolean;
  /** Shown in place of rows when `alerts` is empty. */
  noItemsMessage: ReactNode;
  /** The page's query string, carried to the investigation page for its back link. */
  alertsSearch: string;
  onChange: (changes: Partial<AlertsPageQuery>) => void;
  onOpenAlert: (alert: AlertListItem) => void;
}

/** Renders one page of alerts, sorted and paged on the server. */
export const AlertsTable = ({
  alerts,
  total,
  query,
  loading,
  noItemsMessage,
  alertsSearch,
  onChange,
  onOpenAlert,
}: AlertsTableProps) => {
  const hiddenFields = getHiddenAlertsTableFields(useWindowWidth());
  // Resizing the window rebuilds the columns only when the set of hidden columns changes.
  const hiddenFieldsKey = hiddenFields.join(',');
  const columns = useMemo(
    () => getAlertsTableColumns(alertsSearch, hiddenFields),
    [alertsSearch, hiddenFieldsKey]
  );

  const onTableChange = ({ page, sort }: CriteriaWithPagination<AlertListItem>) => {
    const sortField = sort ? SORT_FIELD_BY_COLUMN[sort.field] : undefined;
    const sortChanged =
      sort !== undefined &&
      sortField !== undefined &&
      (sortField !== query.sort_field || sort.direction !== query.sort_order);

    if (sortChanged) {
      onChange({ sort_field: sortField, sort_order: sort.direction });
    } else if (page.size !== query.per_page) {
      onChange({ per_page: page.size });
    } else {
      onChange({ page: page.index + 1 });
    }
  };

  const rowProps = (alert: AlertListItem) => ({
    css: clickableRowCss,
    'data-test-subj': `simpleHttpInvestigationAlertRow-${alert.id}`,
    onClick: (event: MouseEvent<HTMLElement>) => {
      // Links and buttons inside the row handle their own clicks.
      if (event.target instanceof Element && event.target.closest('a, button')) {
        return;
      }

      onOpenAlert(alert);
    },
  });

  return (
    <EuiBasicTable<AlertListItem>
      tableCaption={i18n.TABLE_CAPTION}
      items={alerts}
      itemId="id"
      columns={columns}
      // Columns keep their minimum widths and the table scrolls sideways when they do not fit.
      tableLayout="auto"
      scrollableInline
      loading={loading}
      noItemsMessage={noItemsMessage}
      rowProps={rowProps}
      pagination={{
        pageIndex: query.page - 1,
        pageSize: query.per_page,
        totalItemCount: total,
        pageSizeOptions: [...PAGE_SIZE_OPTIONS],
      }}
      sorting={{
        sort: { field: COLUMN_BY_SORT_FIELD[query.sort_field], direction: query.sort_order },
      }}
      onChange={onTableChange}
      data-test-subj="simpleHttpInvestigationAlertsTable"
    />
  );
};
