import type { EuiBasicTableColumn } from '@elastic/eui';

import type { ExceptionRecord, ExceptionStatus } from '../../../common/api/exceptions';
import type { ExceptionEntry } from '../../../common/exceptions/entries';
import { investigationPath } from '../../lib/app_location_state';
import { formatExpiryTime } from '../../lib/format_timestamp';
import { AppLink } from '../app_link/app_link';
import { FALSE_POSITIVE_CATEGORY_LABELS } from '../badges/translations';
import { ExceptionStatusBadge } from '../exception_badges/exception_status_badge';
import { FormattedTime } from '../formatted_time/formatted_time';
import { EntriesCell, NameCell, RulesCell } from './exception_cells';
import * as i18n from './translations';

type Columns = Array<EuiBasicTableColumn<ExceptionRecord>>;

const categoryColumn = (): Columns[number] => ({
  field: 'category',
  name: i18n.COLUMN_CATEGORY,
  minWidth: '8em',
  render: (category: string) => FALSE_POSITIVE_CATEGORY_LABELS[category] ?? category,
});

const entriesColumn = (): Columns[number] => ({
  field: 'entries',
  name: i18n.COLUMN_ENTRIES,
  // Narrow enough that all columns fit a 1024 px window. Long entries wrap.
  minWidth: '12em',
  render: (entries: ExceptionEntry[]) => <EntriesCell entries={entries} />,
});

/** Columns of the list of all exceptions. The name opens the exception in the flyout. */
export const getExceptionsColumns = (onOpen: (exception: ExceptionRecord) => void): Columns => [
  {
    field: 'name',
    name: i18n.COLUMN_NAME,
    sortable: true,
    minWidth: '10em',
    render: (_name: string, exception: ExceptionRecord) => (
      <NameCell exception={exception} onOpen={onOpen} />
    ),
  },
  {
    field: 'status',
    name: i18n.COLUMN_STATUS,
    minWidth: '6em',
    render: (status: ExceptionStatus) => <ExceptionStatusBadge status={status} />,
  },
  categoryColumn(),
  {
    field: 'rule_ids',
    name: i18n.COLUMN_RULES,
    minWidth: '8em',
    render: (ruleIds: string[]) => <RulesCell ruleIds={ruleIds} />,
  },
  entriesColumn(),
  {
    field: 'expire_time',
    name: i18n.COLUMN_EXPIRES,
    sortable: true,
    minWidth: '9em',
    render: (expireTime: string | null) =>
      expireTime === null ? (
        i18n.NEVER
      ) : (
        <FormattedTime value={expireTime} format={formatExpiryTime} />
      ),
  },
  { field: 'created_by', name: i18n.COLUMN_AUTHOR, minWidth: '6em' },
  {
    field: 'updated_at',
    name: i18n.COLUMN_UPDATED,
    sortable: true,
    minWidth: '9em',
    render: (updatedAt: string) => <FormattedTime value={updatedAt} />,
  },
];

/** Columns of the proposals queue: who proposed each exception, from which alert and when. */
export const getProposalsColumns = (onOpen: (exception: ExceptionRecord) => void): Columns => [
  {
    field: 'name',
    name: i18n.COLUMN_NAME,
    sortable: true,
    minWidth: '10em',
    render: (_name: string, exception: ExceptionRecord) => (
      <NameCell exception={exception} onOpen={onOpen} />
    ),
  },
  {
    field: 'proposal',
    name: i18n.COLUMN_PROPOSED_BY,
    minWidth: '6em',
    render: (_proposal: unknown, exception: ExceptionRecord) =>
      exception.proposal?.proposed_by ?? exception.created_by,
  },
  {
    field: 'proposal',
    name: i18n.COLUMN_ALERT,
    minWidth: '8em',
    render: (_proposal: unknown, exception: ExceptionRecord) =>
      exception.proposal ? (
        <AppLink
          to={{ pathname: investigationPath(exception.proposal.alert_id) }}
          data-test-subj={`simpleHttpInvestigationProposalAlertLink-${exception.id}`}
        >
          {exception.proposal.alert_id}
        </AppLink>
      ) : null,
  },
  {
    field: 'created_at',
    name: i18n.COLUMN_PROPOSED_AT,
    sortable: true,
    minWidth: '9em',
    render: (createdAt: string) => <FormattedTime value={createdAt} />,
  },
  categoryColumn(),
  entriesColumn(),
];
