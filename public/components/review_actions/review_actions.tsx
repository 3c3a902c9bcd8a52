import { useState } from 'react';
import {
  EuiButton,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFormRow,
  EuiText,
  EuiTextArea,
} from '@elastic/eui';

import type { Investigation } from '../../../common/api/investigations';
import { useCapabilities } from '../../hooks/use_capabilities';
import { useReviewActions, type ReviewDecision } from '../../hooks/use_review_actions';
import { MAX_COMMENT_LENGTH } from '../../lib/investigation_values';
import { ConfirmModal } from '../confirm_modal/confirm_modal';
import { MissingPrivilegeTooltip } from '../missing_privilege_tooltip/missing_privilege_tooltip';
import * as i18n from './translations';

export interface ReviewActionsProps {
  investigation: Investigation;
  onUpdated: (investigation: Investigation) => void;
}

/** Returns what is wrong with the comment for the decision, or undefined when it is valid. */
export const validateReviewComment = (
  decision: ReviewDecision,
  comment: string
): string | undefined => {
  if (comment.length > MAX_COMMENT_LENGTH) {
    return i18n.COMMENT_TOO_LONG;
  }

  return decision === 'return' && !comment.trim() ? i18n.COMMENT_REQUIRED : undefined;
};

/**
 * Renders the Approve and Return buttons of a submitted investigation, disabled for a role
 * without the Review privilege. Each opens a confirmation dialog with a comment field, and a
 * return requires a comment.
 */
export const ReviewActions = ({ investigation, onUpdated }: ReviewActionsProps) => {
  const { canReview } = useCapabilities();
  const { busy, decide } = useReviewActions(investigation, onUpdated);
  const [decision, setDecision] = useState<ReviewDecision | null>(null);
  const [comment, setComment] = useState('');
  const [touched, setTouched] = useState(false);

  if (investigation.status !== 'submitted') {
    return null;
  }

  const open = (next: ReviewDecision) => {
    setDecision(next);
    setComment('');
    setTouched(false);
  };

  const confirm = async () => {
    if (decision && (await decide(decision, comment.trim()))) {
      setDecision(null);
    }
  };

  const commentError = decision ? validateReviewComment(decision, comment) : undefined;
  const isApprove = decision === 'approve';

  return (
    <>
      <EuiFlexGroup gutterSize="s" responsive={false} wrap>
        <EuiFlexItem grow={false}>
          <MissingPrivilegeTooltip action="review" allowed={canReview}>
            <EuiButton
              fill
              color="success"
              iconType="check"
              isDisabled={!canReview}
              onClick={() => open('approve')}
              data-test-subj="simpleHttpInvestigationApproveButton"
            >
              {i18n.APPROVE}
            </EuiButton>
          </MissingPrivilegeTooltip>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <MissingPrivilegeTooltip action="review" allowed={canReview}>
            <EuiButton
              color="warning"
              iconType="editorUndo"
              isDisabled={!canReview}
              onClick={() => open('return')}
              data-test-subj="simpleHttpInvestigationReturnButton"
            >
              {i18n.RETURN}
            </EuiButton>
          </MissingPrivilegeTooltip>
        </EuiFlexItem>
      </EuiFlexGroup>
      {decision && (
        <ConfirmModal
          title={isApprove ? i18n.APPROVE_TITLE : i18n.RETURN_TITLE}
          confirmButtonText={isApprove ? i18n.APPROVE : i18n.RETURN}
          buttonColor={isApprove ? 'success' : 'warning'}
          confirmDisabled={commentError !== undefined}
          isLoading={busy}
          onCancel={() => setDecision(null)}
          onConfirm={() => void confirm()}
        >
          <EuiText size="s">
            <p>{isApprove ? i18n.approveBody(investigation) : i18n.RETURN_BODY}</p>
          </EuiText>
          <EuiFormRow
            label={isApprove ? i18n.COMMENT_OPTIONAL_LABEL : i18n.COMMENT_REQUIRED_LABEL}
            isInvalid={touched && commentError !== undefined}
            error={touched ? commentError : undefined}
            fullWidth
          >
            <EuiTextArea
              value={comment}
              rows={4}
              fullWidth
              isInvalid={touched && commentError !== undefined}
              onChange={(event) => setComment(event.target.value)}
              onBlur={() => setTouched(true)}
              data-test-subj="simpleHttpInvestigationReviewCommentField"
            />
          </EuiFormRow>
        </ConfirmModal>
      )}
    </>
  );
};
