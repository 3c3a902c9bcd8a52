import type { ReactNode } from 'react';
import {
  EuiBasicTable,
  type CriteriaWithPagination,
  type EuiBasicTableColumn,
} from '@elastic/eui';

import type { ExceptionRecord } from '../../../common/api/exceptions';
import { PAGE_SIZE_OPTIONS } from '../../lib/alerts_page_query';
import type { ExceptionsPageQuery } from '../../lib/exceptions_page_query';
import { EXCEPTION_SORT_FIELD_OPTIONS } from '../../lib/exception_values';

export interface ExceptionsTableProps {
  caption: string;
  columns: Array<EuiBasicTableColumn<ExceptionRecord>>;
  exceptions: ExceptionRecord[];
  total: number;
  query: ExceptionsPageQuery;
  loading: boolean;
  noItemsMessage: ReactNode;
  onChange: (changes: Partial<ExceptionsPageQuery>) => void;
  'data-test-subj': string;
}

/**
 * Renders one page of exceptions, sorted and paged on the server. The sortable columns are
 * named like the API's sort fields.
 */
export const ExceptionsTable = ({
  caption,
  columns,
  exceptions,
  total,
  query,
  loading,
  noItemsMessage,
  onChange,
  'data-test-subj': dataTestSubj,
}: ExceptionsTableProps) => {
  const onTableChange = ({ page, sort }: CriteriaWithPagination<ExceptionRecord>) => {
    const sortField = EXCEPTION_SORT_FIELD_OPTIONS.find((field) => field === sort?.field);
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
    <EuiBasicTable<ExceptionRecord>
      tableCaption={caption}
      items={exceptions}
      itemId="id"
      columns={columns}
      // Columns keep their minimum widths and the table scrolls sideways when they do not fit.
      tableLayout="auto"
      scrollableInline
      loading={loading}
      noItemsMessage={noItemsMessage}
      rowProps={(exception) => ({
        'data-test-subj': `simpleHttpInvestigationExceptionRow-${exception.id}`,
      })}
      pagination={{
        pageIndex: query.page - 1,
        pageSize: query.per_page,
        totalItemCount: total,
        pageSizeOptions: [...PAGE_SIZE_OPTIONS],
      }}
      sorting={{ sort: { field: query.sort_field, direction: query.sort_order } }}
      onChange={onTableChange}
      data-test-subj={dataTestSubj}
    />
  );
};
