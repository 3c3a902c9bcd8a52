import { EuiButton, EuiButtonEmpty, EuiFlexItem } from '@elastic/eui';

import type { ProposalDecision } from './decision_modal';
import * as i18n from './translations';

export interface ExceptionFlyoutActionsProps {
  isReview: boolean;
  /** True when a stored exception is open, which can be deleted. */
  canDelete: boolean;
  busy: boolean;
  /** False until the form checks have loaded. */
  ready: boolean;
  onSave: () => void;
  onOpenDialog: (dialog: ProposalDecision | 'delete') => void;
}

/** The footer buttons: Reject and Accept for a proposal, otherwise Delete and Save. */
export const ExceptionFlyoutActions = ({
  isReview,
  canDelete,
  busy,
  ready,
  onSave,
  onOpenDialog,
}: ExceptionFlyoutActionsProps) => {
  if (isReview) {
    return (
      <>
        <EuiFlexItem grow={false}>
          <EuiButton
            color="danger"
            isDisabled={busy}
            onClick={() => onOpenDialog('reject')}
            data-test-subj="simpleHttpInvestigationExceptionRejectButton"
          >
            {i18n.REJECT}
          </EuiButton>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton
            fill
            color="success"
            isDisabled={busy || !ready}
            onClick={() => onOpenDialog('accept')}
            data-test-subj="simpleHttpInvestigationExceptionAcceptButton"
          >
            {i18n.ACCEPT}
          </EuiButton>
        </EuiFlexItem>
      </>
    );
  }

  return (
    <>
      {canDelete && (
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty
            color="danger"
            iconType="trash"
            isDisabled={busy}
            onClick={() => onOpenDialog('delete')}
            data-test-subj="simpleHttpInvestigationExceptionDeleteButton"
          >
            {i18n.DELETE}
          </EuiButtonEmpty>
        </EuiFlexItem>
      )}
      <EuiFlexItem grow={false}>
        <EuiButton
          fill
          iconType="save"
          isLoading={busy}
          isDisabled={!ready}
          onClick={onSave}
          data-test-subj="simpleHttpInvestigationExceptionSaveButton"
        >
          {i18n.SAVE}
        </EuiButton>
      </EuiFlexItem>
    </>
  );
};
