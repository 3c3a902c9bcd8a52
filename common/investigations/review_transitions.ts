import type { InvestigationDocument } from '../api/investigations';
import type { ActionCheck, TransitionContext, TransitionResult } from './transitions';

/** Names an investigation in messages: `Investigation of alert [<id>]`. */
export const describeInvestigation = (investigation: InvestigationDocument): string =>
  `Investigation of alert [${investigation.alert_id}]`;

/**
 * Approves a submitted investigation. A non-blank comment joins the review comments.
 * TODO: reject approval by the investigation's own analyst once the host has roles. The
 * standalone host has a single user, who must be able to both investigate and review.
 */
export function applyApprove<T extends InvestigationDocument>(
  current: T,
  comment: string | undefined,
  context: TransitionContext
): TransitionResult<T> {
  const check = checkReviewable(current, 'approve');
  if (!check.allowed) {
    return { ok: false, message: check.reason };
  }
  const text = comment?.trim() ?? '';
  const reviewComments =
    text === ''
      ? current.review_comments
      : [
          ...current.review_comments,
          {
            action: 'approved' as const,
            author: context.user,
            created_at: context.now,
            comment: text,
          },
        ];
  return {
    ok: true,
    changed: true,
    investigation: {
      ...current,
      status: 'approved',
      review_comments: reviewComments,
      reviewed_at: context.now,
      reviewed_by: context.user,
      updated_at: context.now,
    },
  };
}

/** Returns a submitted investigation to its analyst with a comment saying what to change. */
export function applyReturn<T extends InvestigationDocument>(
  current: T,
  comment: string,
  context: TransitionContext
): TransitionResult<T> {
  const check = checkReviewable(current, 'return');
  if (!check.allowed) {
    return { ok: false, message: check.reason };
  }
  const text = comment.trim();
  if (text === '') {
    return {
      ok: false,
      message: `${describeInvestigation(current)} cannot be returned without a comment. Say what the analyst should change.`,
    };
  }
  return {
    ok: true,
    changed: true,
    investigation: {
      ...current,
      status: 'returned',
      review_comments: [
        ...current.review_comments,
        { action: 'returned', author: context.user, created_at: context.now, comment: text },
      ],
      reviewed_at: context.now,
      reviewed_by: context.user,
      updated_at: context.now,
    },
  };
}

/** Allows a review action only on a submitted investigation. */
export function checkReviewable(
  investigation: InvestigationDocument,
  action: 'approve' | 'return'
): ActionCheck {
  if (investigation.status === 'submitted') {
    return { allowed: true };
  }
  const participle = action === 'approve' ? 'approved' : 'returned';
  return {
    allowed: false,
    reason: `${describeInvestigation(investigation)} cannot be ${participle} because its status is ${investigation.status}. Only submitted investigations can be ${participle}.`,
  };
}

