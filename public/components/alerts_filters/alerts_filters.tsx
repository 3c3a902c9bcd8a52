import {
  EuiFlexGroup,
  EuiFlexItem,
  EuiSelect,
  EuiSuperDatePicker,
  type OnTimeChangeProps,
} from '@elastic/eui';

import { WORKFLOW_STATUSES } from '../../../common/constants';
import {
  EXCEPTION_FILTER_OPTIONS,
  INVESTIGATION_STATUS_FILTER_OPTIONS,
  pickOneOf,
  SUPPORTED_RULE_ID_OPTIONS,
  type AlertsPageQuery,
} from '../../lib/alerts_page_query';
import {
  INVESTIGATION_NOT_STARTED,
  INVESTIGATION_STATUS_LABELS,
  WORKFLOW_STATUS_LABELS,
} from '../badges/translations';
import { FilterTextField } from './filter_text_field';
import * as i18n from './translations';

export interface AlertsFiltersProps {
  query: AlertsPageQuery;
  isLoading: boolean;
  onChange: (changes: Partial<AlertsPageQuery>) => void;
  onRefresh: () => void;
}

const STATUS_OPTIONS = [
  { value: '', text: i18n.ALL_STATUSES },
  ...WORKFLOW_STATUSES.map((status) => ({ value: status, text: WORKFLOW_STATUS_LABELS[status] })),
];

const INVESTIGATION_OPTIONS = [
  { value: '', text: i18n.ALL_INVESTIGATIONS },
  ...INVESTIGATION_STATUS_FILTER_OPTIONS.map((status) => ({
    value: status,
    text: status === 'none' ? INVESTIGATION_NOT_STARTED : INVESTIGATION_STATUS_LABELS[status],
  })),
];

const EXCEPTION_OPTIONS = [
  { value: '', text: i18n.ALL_ALERTS },
  ...EXCEPTION_FILTER_OPTIONS.map((filter) => ({
    value: filter,
    text: i18n.EXCEPTION_FILTER_LABELS[filter],
  })),
];

const RULE_OPTIONS = [
  { value: '', text: i18n.ALL_RULES },
  ...SUPPORTED_RULE_ID_OPTIONS.map((ruleId) => ({ value: ruleId, text: i18n.RULE_NAMES[ruleId] })),
];

/**
 * Search, workflow status, investigation status, exception, rule, host, user, assignee and
 * time range filters of the alerts page.
 */
export const AlertsFilters = ({ query, isLoading, onChange, onRefresh }: AlertsFiltersProps) => {
  const onTimeChange = ({ start, end, isInvalid }: OnTimeChangeProps) => {
    if (!isInvalid) {
      onChange({ start, end });
    }
  };

  return (
    <EuiFlexGroup gutterSize="s" wrap responsive={false} alignItems="center">
      <EuiFlexItem grow={3} css={{ minWidth: 240 }}>
        <FilterTextField
          value={query.search}
          placeholder={i18n.SEARCH_PLACEHOLDER}
          ariaLabel={i18n.SEARCH_LABEL}
          onCommit={(search) => onChange({ search })}
          fullWidth
          data-test-subj="simpleHttpInvestigationSearchField"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiSelect
          options={STATUS_OPTIONS}
          value={query.status ?? ''}
          aria-label={i18n.STATUS_LABEL}
          prepend={i18n.STATUS_LABEL}
          onChange={(event) =>
            onChange({ status: pickOneOf(WORKFLOW_STATUSES, event.target.value) })
          }
          data-test-subj="simpleHttpInvestigationStatusFilter"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiSelect
          options={INVESTIGATION_OPTIONS}
          value={query.investigation_status ?? ''}
          aria-label={i18n.INVESTIGATION_LABEL}
          prepend={i18n.INVESTIGATION_LABEL}
          onChange={(event) =>
            onChange({
              investigation_status: pickOneOf(
                INVESTIGATION_STATUS_FILTER_OPTIONS,
                event.target.value
              ),
            })
          }
          data-test-subj="simpleHttpInvestigationInvestigationStatusFilter"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiSelect
          options={EXCEPTION_OPTIONS}
          value={query.exceptions ?? ''}
          aria-label={i18n.EXCEPTIONS_LABEL}
          prepend={i18n.EXCEPTIONS_LABEL}
          onChange={(event) =>
            onChange({ exceptions: pickOneOf(EXCEPTION_FILTER_OPTIONS, event.target.value) })
          }
          data-test-subj="simpleHttpInvestigationExceptionsFilter"
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
          data-test-subj="simpleHttpInvestigationRuleFilter"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={1} css={{ minWidth: 160 }}>
        <FilterTextField
          value={query.host}
          placeholder={i18n.HOST_PLACEHOLDER}
          ariaLabel={i18n.HOST_PLACEHOLDER}
          onCommit={(host) => onChange({ host })}
          data-test-subj="simpleHttpInvestigationHostFilter"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={1} css={{ minWidth: 160 }}>
        <FilterTextField
          value={query.user}
          placeholder={i18n.USER_PLACEHOLDER}
          ariaLabel={i18n.USER_PLACEHOLDER}
          onCommit={(user) => onChange({ user })}
          data-test-subj="simpleHttpInvestigationUserFilter"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={1} css={{ minWidth: 160 }}>
        <FilterTextField
          value={query.assignee}
          placeholder={i18n.ASSIGNEE_PLACEHOLDER}
          ariaLabel={i18n.ASSIGNEE_PLACEHOLDER}
          onCommit={(assignee) => onChange({ assignee })}
          data-test-subj="simpleHttpInvestigationAssigneeFilter"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiSuperDatePicker
          start={query.start}
          end={query.end}
          isLoading={isLoading}
          onTimeChange={onTimeChange}
          onRefresh={onRefresh}
          data-test-subj="simpleHttpInvestigationDatePicker"
        />
      </EuiFlexItem>
    </EuiFlexGroup>
  );
};
