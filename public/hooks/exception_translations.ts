import { i18n } from '../i18n';

export const CREATED_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionHooks.exceptionCreatedTitle',
  { defaultMessage: 'Exception created' }
);

export const UPDATED_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionHooks.exceptionUpdatedTitle',
  { defaultMessage: 'Exception saved' }
);

export const DELETED_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionHooks.exceptionDeletedTitle',
  { defaultMessage: 'Exception deleted' }
);

export const PROPOSED_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionHooks.exceptionProposedTitle',
  { defaultMessage: 'Exception proposed' }
);

export const PROPOSED_MESSAGE = i18n.translate(
  'simpleHttpInvestigation.exceptionHooks.exceptionProposedMessage',
  { defaultMessage: 'An admin reviews it on the Exceptions page.' }
);

export const ACCEPTED_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionHooks.exceptionAcceptedTitle',
  { defaultMessage: 'Proposal accepted; the exception is active' }
);

export const REJECTED_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionHooks.exceptionRejectedTitle',
  { defaultMessage: 'Proposal rejected' }
);

export const SAVE_FAILED_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionHooks.exceptionSaveFailedTitle',
  { defaultMessage: 'Could not save the exception' }
);
