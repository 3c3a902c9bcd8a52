import { EuiButton, EuiButtonEmpty, EuiFlexItem } from '@elastic/eui';

import { MissingPrivilegeTooltip } from '../missing_privilege_tooltip/missing_privilege_tooltip';
import type { ProposalDecision } from './decision_modal';
import * as i18n from './translations';

export interface ExceptionFlyoutActionsProps {
  isReview: boolean;
  /** False for a role without the Manage exceptions privilege, which disables every button. */
  canManage: boolean;
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
  canManage,
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
          <MissingPrivilegeTooltip action="manageExceptions" allowed={canManage}>
            <EuiButton
              color="danger"
              isDisabled={busy || !canManage}
              onClick={() => onOpenDialog('reject')}
              data-test-subj="simpleHttpInvestigationExceptionRejectButton"
            >
              {i18n.REJECT}
            </EuiButton>
          </MissingPrivilegeTooltip>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <MissingPrivilegeTooltip action="manageExceptions" allowed={canManage}>
            <EuiButton
              fill
              color="success"
              isDisabled={busy || !ready || !canManage}
              onClick={() => onOpenDialog('accept')}
              data-test-subj="simpleHttpInvestigationExceptionAcceptButton"
            >
              {i18n.ACCEPT}
            </EuiButton>
          </MissingPrivilegeTooltip>
        </EuiFlexItem>
      </>
    );
  }

  return (
    <>
      {canDelete && (
        <EuiFlexItem grow={false}>
          <MissingPrivilegeTooltip action="manageExceptions" allowed={canManage}>
            <EuiButtonEmpty
              color="danger"
              iconType="trash"
              isDisabled={busy || !canManage}
              onClick={() => onOpenDialog('delete')}
              data-test-subj="simpleHttpInvestigationExceptionDeleteButton"
            >
              {i18n.DELETE}
            </EuiButtonEmpty>
          </MissingPrivilegeTooltip>
        </EuiFlexItem>
      )}
      <EuiFlexItem grow={false}>
        <MissingPrivilegeTooltip action="manageExceptions" allowed={canManage}>
          <EuiButton
            fill
            iconType="save"
            isLoading={busy}
            isDisabled={!ready || !canManage}
            onClick={onSave}
            data-test-subj="simpleHttpInvestigationExceptionSaveButton"
          >
            {i18n.SAVE}
          </EuiButton>
        </MissingPrivilegeTooltip>
      </EuiFlexItem>
    </>
  );
};
