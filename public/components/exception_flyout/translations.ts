import { i18n } from '../../i18n';

export const CREATE_TITLE = i18n.translate('simpleHttpInvestigation.exceptionFlyout.createTitle', {
  defaultMessage: 'Create exception',
});

export const EDIT_TITLE = i18n.translate('simpleHttpInvestigation.exceptionFlyout.editTitle', {
  defaultMessage: 'Edit exception',
});

export const VIEW_TITLE = i18n.translate('simpleHttpInvestigation.exceptionFlyout.viewTitle', {
  defaultMessage: 'Exception',
});

export const VIEW_PROPOSAL_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.viewProposalTitle',
  { defaultMessage: 'Proposed exception' }
);

export const REVIEW_TITLE = i18n.translate('simpleHttpInvestigation.exceptionFlyout.reviewTitle', {
  defaultMessage: 'Review proposed exception',
});

export const PROPOSE_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.proposeTitle',
  { defaultMessage: 'Propose exception' }
);

export const PROPOSE_DESCRIPTION = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.proposeDescription',
  {
    defaultMessage:
      'An admin reviews the proposal, may edit it, and accepts or rejects it. It hides no alert before it is accepted.',
  }
);

export const NAME_LABEL = i18n.translate('simpleHttpInvestigation.exceptionFlyout.nameLabel', {
  defaultMessage: 'Name',
});

export const REASON_LABEL = i18n.translate('simpleHttpInvestigation.exceptionFlyout.reasonLabel', {
  defaultMessage: 'Reason',
});

export const REASON_HELP = i18n.translate('simpleHttpInvestigation.exceptionFlyout.reasonHelp', {
  defaultMessage: 'Why the servers these entries match are benign.',
});

export const CATEGORY_LABEL = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.categoryLabel',
  { defaultMessage: 'Category' }
);

export const CATEGORY_PLACEHOLDER = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.categoryPlaceholder',
  { defaultMessage: 'Choose a category' }
);

export const RULES_LABEL = i18n.translate('simpleHttpInvestigation.exceptionFlyout.rulesLabel', {
  defaultMessage: 'Rules',
});

export const ENTRIES_LABEL = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.entriesLabel',
  { defaultMessage: 'Entries' }
);

export const EXPIRY_LABEL = i18n.translate('simpleHttpInvestigation.exceptionFlyout.expiryLabel', {
  defaultMessage: 'Expires',
});

export const expiryHelp = (utcOffset: string) =>
  i18n.translate('simpleHttpInvestigation.exceptionFlyout.expiryHelp', {
    defaultMessage:
      'Local time of this browser ({utcOffset}). From then on the exception hides no alert. Leave empty to never expire.',
    values: { utcOffset },
  });

export const EXPIRY_PLACEHOLDER = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.expiryPlaceholder',
  { defaultMessage: 'Never' }
);

/** Prefixes a schema message, such as "must not be empty", with the field's label. */
export const fieldError = (label: string, message: string) =>
  i18n.translate('simpleHttpInvestigation.exceptionFlyout.fieldError', {
    defaultMessage: '{label} {message}',
    values: { label, message },
  });

export const CANCEL = i18n.translate('simpleHttpInvestigation.exceptionFlyout.cancel', {
  defaultMessage: 'Cancel',
});

export const SAVE = i18n.translate('simpleHttpInvestigation.exceptionFlyout.save', {
  defaultMessage: 'Save exception',
});

export const SUBMIT_PROPOSAL = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.submitProposal',
  { defaultMessage: 'Propose exception' }
);

export const DELETE = i18n.translate('simpleHttpInvestigation.exceptionFlyout.delete', {
  defaultMessage: 'Delete',
});

export const DELETE_TITLE = i18n.translate('simpleHttpInvestigation.exceptionFlyout.deleteTitle', {
  defaultMessage: 'Delete this exception?',
});

export const deleteBody = (name: string) =>
  i18n.translate('simpleHttpInvestigation.exceptionFlyout.deleteBody', {
    defaultMessage:
      'Alerts that "{name}" hides appear again in the alerts list. The audit history keeps the record of the exception.',
    values: { name },
  });

export const DISCARD_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.discardTitle',
  { defaultMessage: 'Discard your changes?' }
);

export const DISCARD_BODY = i18n.translate('simpleHttpInvestigation.exceptionFlyout.discardBody', {
  defaultMessage: 'The form has edits that are not saved. Closing it discards them.',
});

export const DISCARD = i18n.translate('simpleHttpInvestigation.exceptionFlyout.discard', {
  defaultMessage: 'Discard changes',
});

export const ACCEPT = i18n.translate('simpleHttpInvestigation.exceptionFlyout.accept', {
  defaultMessage: 'Accept',
});

export const REJECT = i18n.translate('simpleHttpInvestigation.exceptionFlyout.reject', {
  defaultMessage: 'Reject',
});

export const ACCEPT_TITLE = i18n.translate('simpleHttpInvestigation.exceptionFlyout.acceptTitle', {
  defaultMessage: 'Accept the proposal?',
});

export const ACCEPT_BODY = i18n.translate('simpleHttpInvestigation.exceptionFlyout.acceptBody', {
  defaultMessage:
    'The exception becomes active with the fields in the form, including your edits, and hides the alerts it matches.',
});

export const REJECT_TITLE = i18n.translate('simpleHttpInvestigation.exceptionFlyout.rejectTitle', {
  defaultMessage: 'Reject the proposal?',
});

export const REJECT_BODY = i18n.translate('simpleHttpInvestigation.exceptionFlyout.rejectBody', {
  defaultMessage: 'The analyst who proposed it reads your comment.',
});

export const COMMENT_LABEL = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.commentLabel',
  { defaultMessage: 'Comment' }
);

export const COMMENT_OPTIONAL = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.commentOptional',
  { defaultMessage: 'Optional' }
);

export const COMMENT_REQUIRED = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.commentRequired',
  { defaultMessage: 'Required: say why the proposal is rejected.' }
);

export const proposedBy = (user: string, time: string) =>
  i18n.translate('simpleHttpInvestigation.exceptionFlyout.proposedBy', {
    defaultMessage: 'Proposed by {user} on {time} from alert',
    values: { user, time },
  });

export const INVALID_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.invalidTitle',
  { defaultMessage: 'The server rejected the exception' }
);

export const INVALID_BODY = i18n.translate('simpleHttpInvestigation.exceptionFlyout.invalidBody', {
  defaultMessage: 'Fix these fields and save again. Your edits are kept.',
});

export const CONFLICT_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.conflictTitle',
  { defaultMessage: 'Someone else changed this exception' }
);

export const conflictBody = (user: string, time: string) =>
  i18n.translate('simpleHttpInvestigation.exceptionFlyout.conflictBody', {
    defaultMessage:
      '{user} saved it on {time}, after you opened it. Your edits are still in the form. Reload to see the stored exception, which replaces your edits.',
    values: { user, time },
  });

export const CONFLICT_GONE = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.conflictGone',
  {
    defaultMessage:
      'The stored exception changed or was deleted after you opened it. Your edits are still in the form.',
  }
);

export const RELOAD = i18n.translate('simpleHttpInvestigation.exceptionFlyout.reload', {
  defaultMessage: 'Reload the exception',
});

export const VALIDATOR_FAILED = i18n.translate(
  'simpleHttpInvestigation.exceptionFlyout.validatorFailed',
  {
    defaultMessage:
      'Could not load the form checks. Reload the page to edit exceptions.',
  }
);

export const decisionComment = (user: string, comment: string) =>
  i18n.translate('simpleHttpInvestigation.exceptionFlyout.decisionComment', {
    defaultMessage: 'Comment of {user}: {comment}',
    values: { user, comment },
  });
