import type { Investigation } from '../../../common/api/investigations';
import { i18n } from '../../i18n';
import { VERDICT_LABELS } from '../badges/translations';

export const APPROVE = i18n.translate('simpleHttpInvestigation.reviewActions.approve', {
  defaultMessage: 'Approve',
});

export const RETURN = i18n.translate('simpleHttpInvestigation.reviewActions.return', {
  defaultMessage: 'Return to analyst',
});

export const APPROVE_TITLE = i18n.translate('simpleHttpInvestigation.reviewActions.approveTitle', {
  defaultMessage: 'Approve the investigation?',
});

export const RETURN_TITLE = i18n.translate('simpleHttpInvestigation.reviewActions.returnTitle', {
  defaultMessage: 'Return the investigation?',
});

/** Says what approval does, which depends on whether the verdict closes the alert. */
export const approveBody = ({ verdict, analyst }: Investigation) => {
  const values = { analyst, verdict: verdict ? VERDICT_LABELS[verdict] : '' };

  if (verdict === 'false_positive' || verdict === 'benign_true_positive') {
    return i18n.translate('simpleHttpInvestigation.reviewActions.approveClosesBody', {
      defaultMessage:
        'You confirm the verdict of {analyst}: {verdict}. Approval closes the alert with the closing reason, and the investigation becomes read-only.',
      values,
    });
  }

  return i18n.translate('simpleHttpInvestigation.reviewActions.approveBody', {
    defaultMessage:
      'You confirm the verdict of {analyst}: {verdict}. The investigation becomes read-only.',
    values,
  });
};

export const RETURN_BODY = i18n.translate('simpleHttpInvestigation.reviewActions.returnBody', {
  defaultMessage:
    'The analyst can edit the investigation again. Say what to check or change; the analyst sees your comment at the top of the investigation.',
});

export const COMMENT_OPTIONAL_LABEL = i18n.translate(
  'simpleHttpInvestigation.reviewActions.commentOptionalLabel',
  { defaultMessage: 'Comment (optional)' }
);

export const COMMENT_REQUIRED_LABEL = i18n.translate(
  'simpleHttpInvestigation.reviewActions.commentRequiredLabel',
  { defaultMessage: 'What to change' }
);

export const COMMENT_REQUIRED = i18n.translate(
  'simpleHttpInvestigation.reviewActions.commentRequired',
  { defaultMessage: 'A return needs a comment that says what to change.' }
);

export const COMMENT_TOO_LONG = i18n.translate(
  'simpleHttpInvestigation.reviewActions.commentTooLong',
  { defaultMessage: 'The comment is too long: at most 5000 characters.' }
);
