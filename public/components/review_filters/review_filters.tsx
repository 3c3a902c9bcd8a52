import { EuiButtonIcon, EuiFlexGroup, EuiFlexItem, EuiSelect } from '@elastic/eui';

import {
  pickOneOf,
  SUPPORTED_RULE_ID_OPTIONS,
} from '../../lib/alerts_page_query';
import { INVESTIGATION_STATUS_OPTIONS, VERDICT_OPTIONS } from '../../lib/investigation_values';
import type { ReviewPageQuery, ReviewStatusFilter } from '../../lib/review_page_query';
import { FilterTextField } from '../alerts_filters/filter_text_field';
import { RULE_NAMES } from '../alerts_filters/translations';
import { INVESTIGATION_STATUS_LABELS, VERDICT_LABELS } from '../badges/translations';
import * as i18n from './translations';

export interface ReviewFiltersProps {
  query: ReviewPageQuery;
  onChange: (changes: Partial<ReviewPageQuery>) => void;
  onRefresh: () => void;
}

const STATUS_FILTERS: readonly ReviewStatusFilter[] = [...INVESTIGATION_STATUS_OPTIONS, 'all'];

const STATUS_OPTIONS = STATUS_FILTERS.map((status) => ({
  value: status,
  text: status === 'all' ? i18n.ALL_STATUSES : INVESTIGATION_STATUS_LABELS[status],
}));

const VERDICT_SELECT_OPTIONS = [
  { value: '', text: i18n.ALL_VERDICTS },
  ...VERDICT_OPTIONS.map((verdict) => ({ value: verdict, text: VERDICT_LABELS[verdict] })),
];

const RULE_OPTIONS = [
  { value: '', text: i18n.ALL_RULES },
  ...SUPPORTED_RULE_ID_OPTIONS.map((ruleId) => ({ value: ruleId, text: RULE_NAMES[ruleId] })),
];

/** Lower bounds of `updated_at` offered in the date filter, as date math. */
const UPDATED_SINCE = ['now-1d', 'now-7d', 'now-30d', 'now-90d'] as const;

const updatedOptions = (start: string | undefined) => {
  const options = [
    { value: '', text: i18n.ANY_TIME },
    ...UPDATED_SINCE.map((value) => ({ value, text: i18n.UPDATED_SINCE_LABELS[value] })),
  ];

  // A start typed into the URL by hand stays selectable, shown as it is.
  if (start && !options.some((option) => option.value === start)) {
    options.push({ value: start, text: start });
  }

  return options;
};

/** Status, analyst, verdict, rule, host and update time filters of the review queue. */
export const ReviewFilters = ({ query, onChange, onRefresh }: ReviewFiltersProps) => (
  <EuiFlexGroup gutterSize="s" wrap responsive={false} alignItems="center">
    <EuiFlexItem grow={false}>
      <EuiSelect
        options={STATUS_OPTIONS}
        value={query.status}
        aria-label={i18n.STATUS_LABEL}
        prepend={i18n.STATUS_LABEL}
        onChange={(event) => onChange({ status: pickOneOf(STATUS_FILTERS, event.target.value) })}
        data-test-subj="simpleHttpInvestigationReviewStatusFilter"
      />
    </EuiFlexItem>
    <EuiFlexItem grow={false}>
      <EuiSelect
        options={VERDICT_SELECT_OPTIONS}
        value={query.verdict ?? ''}
        aria-label={i18n.VERDICT_LABEL}
        prepend={i18n.VERDICT_LABEL}
        onChange={(event) => onChange({ verdict: pickOneOf(VERDICT_OPTIONS, event.target.value) })}
        data-test-subj="simpleHttpInvestigationReviewVerdictFilter"
      />
    </EuiFlexItem>
    <EuiFlexItem grow={false}>
      <EuiSelect
        options={RULE_OPTIONS}
        value={query.rule_id ?? ''}
        aria-label={i18n.RULE_LABEL}
        prepend={i18n.RULE_LABEL}
        onChange={(event) =>
          onChange({ rule_id: pickOneOf(SUPPORTED_RULE_ID_OPTIONS, event.target.value) })
        }
        data-test-subj="simpleHttpInvestigationReviewRuleFilter"
      />
    </EuiFlexItem>
    <EuiFlexItem grow={1} css={{ minWidth: 160 }}>
      <FilterTextField
        value={query.analyst}
        placeholder={i18n.ANALYST_PLACEHOLDER}
        ariaLabel={i18n.ANALYST_PLACEHOLDER}
        onCommit={(analyst) => onChange({ analyst })}
        data-test-subj="simpleHttpInvestigationReviewAnalystFilter"
      />
    </EuiFlexItem>
    <EuiFlexItem grow={1} css={{ minWidth: 160 }}>
      <FilterTextField
        value={query.host}
        placeholder={i18n.HOST_PLACEHOLDER}
        ariaLabel={i18n.HOST_PLACEHOLDER}
        onCommit={(host) => onChange({ host })}
        data-test-subj="simpleHttpInvestigationReviewHostFilter"
      />
    </EuiFlexItem>
    <EuiFlexItem grow={false}>
      <EuiSelect
        options={updatedOptions(query.start)}
        value={query.start ?? ''}
        aria-label={i18n.UPDATED_LABEL}
        prepend={i18n.UPDATED_LABEL}
        onChange={(event) => onChange({ start: event.target.value || undefined })}
        data-test-subj="simpleHttpInvestigationReviewUpdatedFilter"
      />
    </EuiFlexItem>
    <EuiFlexItem grow={false}>
      <EuiButtonIcon
        iconType="refresh"
        display="base"
        size="m"
        onClick={onRefresh}
        aria-label={i18n.REFRESH}
        data-test-subj="simpleHttpInvestigationReviewRefreshButton"
      />
    </EuiFlexItem>
  </EuiFlexGroup>
);
