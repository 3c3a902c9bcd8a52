import { i18n } from '../../i18n';

export const FAILED_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionListItems.failedTitle',
  { defaultMessage: 'Some rules still alert on these servers' }
);

export const FAILED_BODY = i18n.translate('simpleHttpInvestigation.exceptionListItems.failedBody', {
  defaultMessage:
    'The exception marks matching alerts here, but it could not be written to the exception list of these rules. Fix the cause and save the exception again.',
});

export const SYNCED_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionListItems.syncedTitle',
  { defaultMessage: 'Written to the rules’ exception lists' }
);

export const ruleLine = (ruleName: string, message: string) =>
  i18n.translate('simpleHttpInvestigation.exceptionListItems.ruleLine', {
    defaultMessage: '{ruleName}: {message}',
    values: { ruleName, message },
  });

export const syncedLine = (ruleName: string, itemId: string) =>
  i18n.translate('simpleHttpInvestigation.exceptionListItems.syncedLine', {
    defaultMessage: '{ruleName}: item {itemId}',
    values: { ruleName, itemId },
  });
