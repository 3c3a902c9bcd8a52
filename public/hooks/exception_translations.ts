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

/** Titles of the toast for a failed write, by action, each naming the exception. */
export const WRITE_FAILED_TITLES = {
  create: (name: string) =>
    i18n.translate('simpleHttpInvestigation.exceptionHooks.createFailedTitle', {
      defaultMessage: 'Could not create the exception "{name}"',
      values: { name },
    }),
  update: (name: string) =>
    i18n.translate('simpleHttpInvestigation.exceptionHooks.updateFailedTitle', {
      defaultMessage: 'Could not save the exception "{name}"',
      values: { name },
    }),
  delete: (name: string) =>
    i18n.translate('simpleHttpInvestigation.exceptionHooks.deleteFailedTitle', {
      defaultMessage: 'Could not delete the exception "{name}"',
      values: { name },
    }),
  propose: (name: string) =>
    i18n.translate('simpleHttpInvestigation.exceptionHooks.proposeFailedTitle', {
      defaultMessage: 'Could not propose the exception "{name}"',
      values: { name },
    }),
  accept: (name: string) =>
    i18n.translate('simpleHttpInvestigation.exceptionHooks.acceptFailedTitle', {
      defaultMessage: 'Could not accept the proposed exception "{name}"',
      values: { name },
    }),
  reject: (name: string) =>
    i18n.translate('simpleHttpInvestigation.exceptionHooks.rejectFailedTitle', {
      defaultMessage: 'Could not reject the proposed exception "{name}"',
      values: { name },
    }),
};
