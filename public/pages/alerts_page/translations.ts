import { i18n } from '../../i18n';

export const PAGE_TITLE = i18n.translate('simpleHttpInvestigation.alertsPage.title', {
  defaultMessage: 'Simple HTTP web server alerts',
});

export const PAGE_DESCRIPTION = i18n.translate('simpleHttpInvestigation.alertsPage.description', {
  defaultMessage:
    'Alerts of the rules that detect a Python or PHP built-in web server on a Linux host. Open an alert to review its evidence and work through the investigation guide.',
});

export const LOAD_ERROR_TITLE = i18n.translate('simpleHttpInvestigation.alertsPage.loadError', {
  defaultMessage: 'Could not load alerts',
});

export const STALE_RESULTS_TITLE = i18n.translate(
  'simpleHttpInvestigation.alertsPage.staleResults',
  { defaultMessage: 'Could not refresh alerts; the table shows the previous results' }
);
