import { i18n } from '../i18n';

export const COPIED_TITLE = i18n.translate('simpleHttpInvestigation.hooks.copiedTitle', {
  defaultMessage: 'Copied to the clipboard',
});

export const COPY_FAILED_TITLE = i18n.translate('simpleHttpInvestigation.hooks.copyFailedTitle', {
  defaultMessage: 'Could not copy to the clipboard',
});

export const COPY_FAILED_MESSAGE = i18n.translate(
  'simpleHttpInvestigation.hooks.copyFailedMessage',
  { defaultMessage: 'The browser denied clipboard access. Select the text and copy it by hand.' }
);

export const SUBMITTED_TITLE = i18n.translate('simpleHttpInvestigation.hooks.submittedTitle', {
  defaultMessage: 'Investigation submitted',
});

export const SUBMITTED_MESSAGE = i18n.translate('simpleHttpInvestigation.hooks.submittedMessage', {
  defaultMessage: 'A lead reviews it next. It stays read-only unless the lead returns it.',
});

export const SUBMIT_FAILED_TITLE = i18n.translate(
  'simpleHttpInvestigation.hooks.submitFailedTitle',
  { defaultMessage: 'Could not submit the investigation' }
);

export const SUBMIT_UNSAVED_MESSAGE = i18n.translate(
  'simpleHttpInvestigation.hooks.submitUnsavedMessage',
  {
    defaultMessage:
      'Some changes are not saved. Retry saving them, or reload the investigation, then submit again.',
  }
);

export const APPROVED_TITLE = i18n.translate('simpleHttpInvestigation.hooks.approvedTitle', {
  defaultMessage: 'Investigation approved',
});

export const RETURNED_TITLE = i18n.translate('simpleHttpInvestigation.hooks.returnedTitle', {
  defaultMessage: 'Investigation returned to the analyst',
});

export const REVIEW_FAILED_TITLE = i18n.translate(
  'simpleHttpInvestigation.hooks.reviewFailedTitle',
  { defaultMessage: 'Could not save the review' }
);

export const REVIEW_CONFLICT_MESSAGE = i18n.translate(
  'simpleHttpInvestigation.hooks.reviewConflictMessage',
  {
    defaultMessage:
      'Someone else changed this investigation. The page now shows the current version; review it and try again.',
  }
);

export const REPORT_FAILED_TITLE = i18n.translate(
  'simpleHttpInvestigation.hooks.reportFailedTitle',
  { defaultMessage: 'Could not download the report' }
);

export const ALERTS_NAV_LABEL = i18n.translate('simpleHttpInvestigation.hooks.alertsNavLabel', {
  defaultMessage: 'Alerts',
});

export const REVIEW_NAV_LABEL = i18n.translate('simpleHttpInvestigation.hooks.reviewNavLabel', {
  defaultMessage: 'Review',
});

export const EXCEPTIONS_NAV_LABEL = i18n.translate(
  'simpleHttpInvestigation.hooks.exceptionsNavLabel',
  { defaultMessage: 'Exceptions' }
);
