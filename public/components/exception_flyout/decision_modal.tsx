import { useState } from 'react';
import { EuiFormRow, EuiSpacer, EuiText, EuiTextArea } from '@elastic/eui';

import { ConfirmModal } from '../confirm_modal/confirm_modal';
import * as i18n from './translations';

export type ProposalDecision = 'accept' | 'reject';

export interface DecisionModalProps {
  decision: ProposalDecision;
  busy: boolean;
  onConfirm: (comment: string) => void;
  onCancel: () => void;
}

/** Asks for the admin's comment before accepting (optional) or rejecting (required) a proposal. */
export const DecisionModal = ({ decision, busy, onConfirm, onCancel }: DecisionModalProps) => {
  const [comment, setComment] = useState('');
  const isReject = decision === 'reject';

  return (
    <ConfirmModal
      title={isReject ? i18n.REJECT_TITLE : i18n.ACCEPT_TITLE}
      confirmButtonText={isReject ? i18n.REJECT : i18n.ACCEPT}
      buttonColor={isReject ? 'danger' : 'success'}
      confirmDisabled={isReject && comment.trim() === ''}
      isLoading={busy}
      onConfirm={() => onConfirm(comment.trim())}
      onCancel={onCancel}
    >
      <EuiText size="s">
        <p>{isReject ? i18n.REJECT_BODY : i18n.ACCEPT_BODY}</p>
      </EuiText>
      <EuiSpacer size="m" />
      <EuiFormRow
        label={i18n.COMMENT_LABEL}
        labelAppend={isReject ? undefined : i18n.COMMENT_OPTIONAL}
        helpText={isReject ? i18n.COMMENT_REQUIRED : undefined}
        fullWidth
      >
        <EuiTextArea
          fullWidth
          rows={3}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          data-test-subj="simpleHttpInvestigationDecisionComment"
        />
      </EuiFormRow>
    </ConfirmModal>
  );
};
