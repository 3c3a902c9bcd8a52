import { i18n } from '../i18n';

export const CHECKLIST_NOT_SAVED_TITLE = i18n.translate(
  'simpleHttpInvestigation.hooks.checklistNotSavedTitle',
  { defaultMessage: 'Checklist progress not saved' }
);

export const CHECKLIST_NOT_SAVED_MESSAGE = i18n.translate(
  'simpleHttpInvestigation.hooks.checklistNotSavedMessage',
  {
    defaultMessage:
      'The browser did not allow writing to local storage, so ticks and notes are lost when the page reloads.',
  }
);

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
