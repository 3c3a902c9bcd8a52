import { useMemo, type ReactNode } from 'react';
import { EuiBasicTable, type CriteriaWithPagination } from '@elastic/eui';

import type { Investigation } from '../../../common/api/investigations';
import { PAGE_SIZE_OPTIONS } from '../../lib/alerts_page_query';
import type { InvestigationSortField, ReviewPageQuery } from '../../lib/review_page_query';
import { getReviewQueueColumns } from './review_queue_columns';
import * as i18n from './translations';

/** Table columns that sort on the server, by the API's `sort_field` name. */
const SORT_FIELD_BY_COLUMN: Partial<Record<keyof Investigation, InvestigationSortField>> = {
  alert_timestamp: 'alert_timestamp',
  host_name: 'host',
  analyst: 'analyst',
  status: 'status',
  submitted_at: 'submitted_at',
  updated_at: 'updated_at',
};

const COLUMN_BY_SORT_FIELD: Partial<Record<InvestigationSortField, keyof Investigation>> = {
  ...Object.fromEntries(
    Object.entries(SORT_FIELD_BY_COLUMN).map(([column, sortField]) => [sortField, column])
  ),
};

export interface ReviewQueueTableProps {
  investigations: Investigation[];
  total: number;
  query: ReviewPageQuery;
  loading: boolean;
  noItemsMessage: ReactNode;
  /** The queue's query string, carried to the review page for its back link. */
  reviewSearch: string;
  onChange: (changes: Partial<ReviewPageQuery>) => void;
}

/** Renders one page of investigations, sorted and paged on the server. */
export const ReviewQueueTable = ({
  investigations,
  total,
  query,
  loading,
  noItemsMessage,
  reviewSearch,
  onChange,
}: ReviewQueueTableProps) => {
  const columns = useMemo(() => getReviewQueueColumns(reviewSearch), [reviewSearch]);
  const sortColumn = COLUMN_BY_SORT_FIELD[query.sort_field];

  const onTableChange = ({ page, sort }: CriteriaWithPagination<Investigation>) => {
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

  return (
    <EuiBasicTable<Investigation>
      tableCaption={i18n.TABLE_CAPTION}
      items={investigations}
      itemId="id"
      columns={columns}
      loading={loading}
      noItemsMessage={noItemsMessage}
      rowProps={(investigation) => ({
        'data-test-subj': `simpleHttpInvestigationReviewRow-${investigation.alert_id}`,
      })}
      pagination={{
        pageIndex: query.page - 1,
        pageSize: query.per_page,
        totalItemCount: total,
        pageSizeOptions: [...PAGE_SIZE_OPTIONS],
      }}
      sorting={sortColumn ? { sort: { field: sortColumn, direction: query.sort_order } } : {}}
      onChange={onTableChange}
      data-test-subj="simpleHttpInvestigationReviewQueueTable"
    />
  );
};
