import { useMemo, useState } from 'react';
import { EuiButton, EuiToolTip } from '@elastic/eui';

import type { AlertEvidence } from '../../../common/api/evidence';
import type { ExceptionFields } from '../../../common/api/exceptions';
import type { Investigation } from '../../../common/api/investigations';
import {
  buildProposalFields,
  isBenignVerdict,
  type ProposalText,
} from '../../../common/exceptions/proposal_fields';
import type { AlertExceptionsState } from '../../hooks/use_alert_exceptions';
import { useCapabilities } from '../../hooks/use_capabilities';
import { FALSE_POSITIVE_CATEGORY_LABELS, VERDICT_LABELS } from '../badges/translations';
import { ProposeExceptionFlyout } from '../exception_flyout/propose_exception_flyout';
import {
  MISSING_PRIVILEGE_MESSAGES,
} from '../missing_privilege_tooltip/missing_privilege_tooltip';
import * as i18n from './translations';

const PROPOSAL_TEXT: ProposalText = {
  name: (category, hostName) =>
    i18n.proposalName(FALSE_POSITIVE_CATEGORY_LABELS[category] ?? category, hostName),
  reasonForVerdict: (verdict) => i18n.proposalReason(VERDICT_LABELS[verdict] ?? verdict),
};

export interface ProposeExceptionButtonProps {
  evidence: AlertEvidence;
  /** The saved investigation, whose verdict the server checks, or null before it starts. */
  investigation: Investigation | null;
  alertExceptions: AlertExceptionsState;
}

/** Returns why the analyst cannot propose an exception now, or null when they can. */
const getBlocker = (
  canInvestigate: boolean,
  investigation: Investigation | null,
  alertExceptions: AlertExceptionsState,
  draft: ExceptionFields | null
): string | null => {
  if (!canInvestigate) {
    return MISSING_PRIVILEGE_MESSAGES.proposeException;
  }

  if (investigation === null || !isBenignVerdict(investigation.verdict)) {
    return i18n.VERDICT_NOT_BENIGN;
  }

  if (alertExceptions.data === undefined && alertExceptions.loading) {
    return i18n.EXCEPTIONS_LOADING;
  }

  const waiting = alertExceptions.data?.proposals.find(({ status }) => status === 'proposed');

  if (waiting) {
    return i18n.proposalWaiting(waiting.name);
  }

  return draft === null ? i18n.NO_ENTRY_VALUES : null;
};

/**
 * Opens the proposal flyout with an exception built from the alert's evidence and the
 * investigation's verdict, and loads the alert's exceptions again after a proposal. The
 * button is disabled, with the reason in a tooltip, for a role without the Investigate
 * privilege, until the saved verdict is false positive or benign true positive, and while a
 * proposal from this alert waits for an admin.
 */
export const ProposeExceptionButton = ({
  evidence,
  investigation,
  alertExceptions,
}: ProposeExceptionButtonProps) => {
  const { canInvestigate } = useCapabilities();
  const [isFlyoutOpen, setIsFlyoutOpen] = useState(false);
  const draft = useMemo(
    () => (investigation ? buildProposalFields(evidence, investigation, PROPOSAL_TEXT) : null),
    [evidence, investigation]
  );
  const blocker = getBlocker(canInvestigate, investigation, alertExceptions, draft);

  const button = (
    <EuiButton
      iconType="eyeClosed"
      isDisabled={blocker !== null}
      onClick={() => setIsFlyoutOpen(true)}
      data-test-subj="simpleHttpInvestigationProposeExceptionButton"
    >
      {i18n.PROPOSE_EXCEPTION}
    </EuiButton>
  );

  return (
    <>
      {blocker === null ? button : <EuiToolTip content={blocker}>{button}</EuiToolTip>}
      {isFlyoutOpen && draft && (
        <ProposeExceptionFlyout
          alertId={evidence.alert.id}
          initialFields={draft}
          onClose={() => setIsFlyoutOpen(false)}
          onProposed={() => {
            setIsFlyoutOpen(false);
            alertExceptions.refetch();
          }}
        />
      )}
    </>
  );
};
