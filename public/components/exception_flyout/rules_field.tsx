import { EuiCheckboxGroup, useGeneratedHtmlId } from '@elastic/eui';

import { SUPPORTED_RULE_ID_OPTIONS, type SupportedRuleId } from '../../lib/alerts_page_query';
import { RULE_NAMES } from '../alerts_filters/translations';

export interface RulesFieldProps {
  selected: SupportedRuleId[];
  disabled: boolean;
  onChange: (ruleIds: SupportedRuleId[]) => void;
}

/** Checkboxes for the supported rules an exception applies to, kept in the rules' order. */
export const RulesField = ({ selected, disabled, onChange }: RulesFieldProps) => {
  const prefix = useGeneratedHtmlId({ prefix: 'simpleHttpInvestigationExceptionRules' });
  const optionId = (ruleId: SupportedRuleId) => `${prefix}-${ruleId}`;

  const options = SUPPORTED_RULE_ID_OPTIONS.map((ruleId) => ({
    id: optionId(ruleId),
    label: RULE_NAMES[ruleId],
    'data-test-subj': `simpleHttpInvestigationExceptionRule-${ruleId}`,
  }));
  const idToSelectedMap = Object.fromEntries(
    SUPPORTED_RULE_ID_OPTIONS.map((ruleId) => [optionId(ruleId), selected.includes(ruleId)])
  );

  const toggle = (id: string) => {
    const ruleId = SUPPORTED_RULE_ID_OPTIONS.find((candidate) => optionId(candidate) === id);

    if (!ruleId) {
      return;
    }

    const isSelected = (candidate: SupportedRuleId) =>
      candidate === ruleId ? !selected.includes(ruleId) : selected.includes(candidate);
    onChange(SUPPORTED_RULE_ID_OPTIONS.filter(isSelected));
  };

  return (
    <EuiCheckboxGroup
      options={options}
      idToSelectedMap={idToSelectedMap}
      onChange={toggle}
      disabled={disabled}
      data-test-subj="simpleHttpInvestigationExceptionRules"
    />
  );
};
