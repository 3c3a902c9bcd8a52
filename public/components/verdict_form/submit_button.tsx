import { EuiButton, EuiToolTip } from '@elastic/eui';

import type { SubmitBlocker } from '../../lib/investigation_rules';
import * as i18n from './translations';

export interface SubmitButtonProps {
  blockers: SubmitBlocker[];
  isLoading: boolean;
  onSubmit: () => void;
}

/** Renders the submit button, disabled with a tooltip that lists what is missing. */
export const SubmitButton = ({ blockers, isLoading, onSubmit }: SubmitButtonProps) => {
  const tooltip =
    blockers.length === 0 ? (
      i18n.SUBMIT_READY
    ) : (
      <ul data-test-subj="simpleHttpInvestigationSubmitBlockers">
        {blockers.map((blocker) => (
          <li key={blocker}>{i18n.BLOCKER_MESSAGES[blocker]}</li>
        ))}
      </ul>
    );

  return (
    <EuiToolTip content={tooltip} position="top">
      <EuiButton
        fill
        iconType="exportAction"
        isDisabled={blockers.length > 0}
        isLoading={isLoading}
        onClick={onSubmit}
        data-blocked-by={blockers.join(' ')}
        data-test-subj="simpleHttpInvestigationSubmitButton"
      >
        {i18n.SUBMIT}
      </EuiButton>
    </EuiToolTip>
  );
};
