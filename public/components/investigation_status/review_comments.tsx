import { EuiCallOut, EuiComment, EuiCommentList, EuiText } from '@elastic/eui';

import type { Investigation, ReviewComment } from '../../../common/api/investigations';
import { formatTimestamp } from '../../lib/format_timestamp';
import * as i18n from './translations';

export interface ReturnedCalloutProps {
  investigation: Investigation;
}

const latestReturn = (comments: ReviewComment[]): ReviewComment | undefined =>
  [...comments].reverse().find((comment) => comment.action === 'returned');

/** Renders the lead's comment on a returned investigation: what the analyst should change. */
export const ReturnedCallout = ({ investigation }: ReturnedCalloutProps) => {
  const comment = latestReturn(investigation.review_comments);

  if (investigation.status !== 'returned' || !comment) {
    return null;
  }

  return (
    <EuiCallOut
      title={i18n.returnedTitle(comment.author, formatTimestamp(comment.created_at))}
      color="warning"
      iconType="editorComment"
      data-test-subj="simpleHttpInvestigationReturnedCallout"
    >
      <EuiText size="s">
        <p css={{ whiteSpace: 'pre-wrap' }}>{comment.comment}</p>
      </EuiText>
    </EuiCallOut>
  );
};

export interface ReviewCommentListProps {
  comments: ReviewComment[];
}

/** Renders every approval and return of the investigation with the lead's comment, oldest first. */
export const ReviewCommentList = ({ comments }: ReviewCommentListProps) => {
  if (comments.length === 0) {
    return null;
  }

  return (
    <EuiCommentList
      aria-label={i18n.REVIEW_COMMENTS}
      data-test-subj="simpleHttpInvestigationReviewComments"
    >
      {comments.map((comment) => (
        <EuiComment
          key={`${comment.created_at}-${comment.action}`}
          username={comment.author}
          event={comment.action === 'approved' ? i18n.APPROVED_EVENT : i18n.RETURNED_EVENT}
          timestamp={formatTimestamp(comment.created_at)}
          timelineAvatar={comment.action === 'approved' ? 'check' : 'editorUndo'}
          timelineAvatarAriaLabel={comment.author}
        >
          {comment.comment.trim() && (
            <EuiText size="s">
              <p css={{ whiteSpace: 'pre-wrap' }}>{comment.comment}</p>
            </EuiText>
          )}
        </EuiComment>
      ))}
    </EuiCommentList>
  );
};
