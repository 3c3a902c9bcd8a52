import { EuiButton, EuiButtonEmpty, EuiEmptyPrompt, EuiFlexGroup } from '@elastic/eui';

import * as i18n from './translations';

export interface AlertsEmptyPromptProps {
  hasFilters: boolean;
  /** Omit when the range already covers 90 days or more. */
  onWidenRange?: () => void;
  onClearFilters: () => void;
}

/**
 * Renders the empty state of the alerts list, suggesting a wider time range and clearing the
 * filters.
 */
export const AlertsEmptyPrompt = ({
  hasFilters,
  onWidenRange,
  onClearFilters,
}: AlertsEmptyPromptProps) => {
  const actions = [];

  if (onWidenRange) {
    actions.push(
      <EuiButton
        key="widen"
        size="s"
        onClick={onWidenRange}
        data-test-subj="simpleHttpInvestigationWidenRangeButton"
      >
        {i18n.WIDEN_RANGE}
      </EuiButton>
    );
  }

  if (hasFilters) {
    actions.push(
      <EuiButtonEmpty
        key="clear"
        size="s"
        onClick={onClearFilters}
        data-test-subj="simpleHttpInvestigationClearFiltersButton"
      >
        {i18n.CLEAR_FILTERS}
      </EuiButtonEmpty>
    );
  }

  // The table gives its empty message a full-width cell, so the group centres the prompt.
  return (
    <EuiFlexGroup justifyContent="center">
      <EuiEmptyPrompt
        iconType="search"
        title={<h3>{hasFilters ? i18n.TITLE_WITH_FILTERS : i18n.TITLE}</h3>}
        titleSize="xs"
        body={<p>{hasFilters ? i18n.BODY_WITH_FILTERS : i18n.BODY}</p>}
        actions={actions}
        data-test-subj="simpleHttpInvestigationAlertsEmptyPrompt"
      />
    </EuiFlexGroup>
  );
};
