import { EuiButtonIcon, EuiFlexGroup, EuiFlexItem, EuiSelect } from '@elastic/eui';

import { pickOneOf } from '../../lib/alerts_page_query';
import type { ExceptionsPageQuery } from '../../lib/exceptions_page_query';
import { EXCEPTION_STATUS_OPTIONS } from '../../lib/exception_values';
import { FALSE_POSITIVE_CATEGORY_OPTIONS } from '../../lib/investigation_values';
import { FilterTextField } from '../alerts_filters/filter_text_field';
import { FALSE_POSITIVE_CATEGORY_LABELS } from '../badges/translations';
import { EXCEPTION_STATUS_LABELS } from '../exception_badges/translations';
import * as i18n from './translations';

const STATUS_SELECT_OPTIONS = [
  { value: '', text: i18n.ALL_STATUSES },
  ...EXCEPTION_STATUS_OPTIONS.map((status) => ({
    value: status,
    text: EXCEPTION_STATUS_LABELS[status],
  })),
];

const CATEGORY_SELECT_OPTIONS = [
  { value: '', text: i18n.ALL_CATEGORIES },
  ...FALSE_POSITIVE_CATEGORY_OPTIONS.map((category) => ({
    value: category,
    text: FALSE_POSITIVE_CATEGORY_LABELS[category],
  })),
];

export interface ExceptionsFiltersProps {
  query: ExceptionsPageQuery;
  onChange: (changes: Partial<ExceptionsPageQuery>) => void;
  onRefresh: () => void;
}

/** Status, category and text filters of the exceptions list. Proposals have no status filter. */
export const ExceptionsFilters = ({ query, onChange, onRefresh }: ExceptionsFiltersProps) => (
  <EuiFlexGroup gutterSize="s" wrap responsive={false} alignItems="center">
    {query.view === 'exceptions' && (
      <EuiFlexItem grow={false}>
        <EuiSelect
          options={STATUS_SELECT_OPTIONS}
          value={query.status ?? ''}
          aria-label={i18n.STATUS_LABEL}
          prepend={i18n.STATUS_LABEL}
          onChange={(event) =>
            onChange({ status: pickOneOf(EXCEPTION_STATUS_OPTIONS, event.target.value) })
          }
          data-test-subj="simpleHttpInvestigationExceptionsStatusFilter"
        />
      </EuiFlexItem>
    )}
    <EuiFlexItem grow={false}>
      <EuiSelect
        options={CATEGORY_SELECT_OPTIONS}
        value={query.category ?? ''}
        aria-label={i18n.CATEGORY_LABEL}
        prepend={i18n.CATEGORY_LABEL}
        onChange={(event) =>
          onChange({ category: pickOneOf(FALSE_POSITIVE_CATEGORY_OPTIONS, event.target.value) })
        }
        data-test-subj="simpleHttpInvestigationExceptionsCategoryFilter"
      />
    </EuiFlexItem>
    <EuiFlexItem grow={1} css={{ minWidth: 200 }}>
      <FilterTextField
        value={query.search}
        placeholder={i18n.SEARCH_PLACEHOLDER}
        ariaLabel={i18n.SEARCH_PLACEHOLDER}
        onCommit={(search) => onChange({ search })}
        fullWidth
        data-test-subj="simpleHttpInvestigationExceptionsSearch"
      />
    </EuiFlexItem>
    <EuiFlexItem grow={false}>
      <EuiButtonIcon
        iconType="refresh"
        display="base"
        size="m"
        onClick={onRefresh}
        aria-label={i18n.REFRESH}
        data-test-subj="simpleHttpInvestigationExceptionsRefreshButton"
      />
    </EuiFlexItem>
  </EuiFlexGroup>
);
