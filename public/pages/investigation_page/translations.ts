import { i18n } from '../../i18n';

export const LOADING = i18n.translate('simpleHttpInvestigation.investigationPage.loading', {
  defaultMessage: 'Loading the alert and its evidence…',
});

export const NOT_FOUND_TITLE = i18n.translate(
  'simpleHttpInvestigation.investigationPage.notFoundTitle',
  { defaultMessage: 'Alert not found' }
);

export const notFoundBody = (alertId: string) =>
  i18n.translate('simpleHttpInvestigation.investigationPage.notFoundBody', {
    defaultMessage:
      'The API found no alert with ID {alertId}. Check the link, or open the alert from the list.',
    values: { alertId },
  });

export const BACK_TO_ALERTS = i18n.translate(
  'simpleHttpInvestigation.investigationPage.backToAlerts',
  { defaultMessage: 'Back to alerts' }
);

export const EVIDENCE_ERROR_TITLE = i18n.translate(
  'simpleHttpInvestigation.investigationPage.evidenceError',
  { defaultMessage: 'Could not load the alert evidence' }
);

export const CHECKLISTS_ERROR_TITLE = i18n.translate(
  'simpleHttpInvestigation.investigationPage.checklistsError',
  { defaultMessage: 'Could not load the checklists' }
);

export const STALE_EVIDENCE_TITLE = i18n.translate(
  'simpleHttpInvestigation.investigationPage.staleEvidence',
  { defaultMessage: 'Could not refresh the evidence; the page shows the previous results' }
);

export const ALERT_BREADCRUMB = i18n.translate(
  'simpleHttpInvestigation.investigationPage.alertBreadcrumb',
  { defaultMessage: 'Alert' }
);

export const INVESTIGATION_ERROR_TITLE = i18n.translate(
  'simpleHttpInvestigation.investigationPage.investigationError',
  { defaultMessage: 'Could not load the saved investigation' }
);

export const VERDICT_TITLE = i18n.translate(
  'simpleHttpInvestigation.investigationPage.verdictTitle',
  { defaultMessage: 'Verdict' }
);

export const TAB_INVESTIGATION = i18n.translate(
  'simpleHttpInvestigation.investigationPage.tabInvestigation',
  { defaultMessage: 'Evidence and checklists' }
);

export const TAB_HISTORY = i18n.translate('simpleHttpInvestigation.investigationPage.tabHistory', {
  defaultMessage: 'History',
});

export const NO_HISTORY_TITLE = i18n.translate(
  'simpleHttpInvestigation.investigationPage.noHistoryTitle',
  { defaultMessage: 'No history yet' }
);

export const NO_HISTORY_BODY = i18n.translate(
  'simpleHttpInvestigation.investigationPage.noHistoryBody',
  { defaultMessage: 'The history lists every change once the investigation starts.' }
);

export const GO_TO_VERDICT = i18n.translate(
  'simpleHttpInvestigation.investigationPage.goToVerdict',
  { defaultMessage: 'Go to verdict and submit' }
);

export const GO_TO_VERDICT_READ_ONLY = i18n.translate(
  'simpleHttpInvestigation.investigationPage.goToVerdictReadOnly',
  { defaultMessage: 'Go to verdict' }
);
