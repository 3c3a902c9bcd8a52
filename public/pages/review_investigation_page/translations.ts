import { i18n } from '../../i18n';

export const REVIEW_BREADCRUMB = i18n.translate(
  'simpleHttpInvestigation.reviewInvestigationPage.reviewBreadcrumb',
  { defaultMessage: 'Review' }
);

export const ALERT_BREADCRUMB = i18n.translate(
  'simpleHttpInvestigation.reviewInvestigationPage.alertBreadcrumb',
  { defaultMessage: 'Alert' }
);

export const BACK_TO_QUEUE = i18n.translate(
  'simpleHttpInvestigation.reviewInvestigationPage.backToQueue',
  { defaultMessage: 'Back to review queue' }
);

export const NOT_FOUND_TITLE = i18n.translate(
  'simpleHttpInvestigation.reviewInvestigationPage.notFoundTitle',
  { defaultMessage: 'Investigation not found' }
);

export const NOT_FOUND_BODY = i18n.translate(
  'simpleHttpInvestigation.reviewInvestigationPage.notFoundBody',
  {
    defaultMessage:
      'The API found no alert with this ID, or nobody has started to investigate it. Open an investigation from the review queue.',
  }
);

export const LOAD_ERROR_TITLE = i18n.translate(
  'simpleHttpInvestigation.reviewInvestigationPage.loadError',
  { defaultMessage: 'Could not load the investigation' }
);

export const TAB_INVESTIGATION = i18n.translate(
  'simpleHttpInvestigation.reviewInvestigationPage.tabInvestigation',
  { defaultMessage: 'Evidence and checklists' }
);

export const TAB_HISTORY = i18n.translate(
  'simpleHttpInvestigation.reviewInvestigationPage.tabHistory',
  { defaultMessage: 'History' }
);

export const INVESTIGATION_TITLE = i18n.translate(
  'simpleHttpInvestigation.reviewInvestigationPage.investigationTitle',
  { defaultMessage: 'Investigation' }
);

export const VERDICT_TITLE = i18n.translate(
  'simpleHttpInvestigation.reviewInvestigationPage.verdictTitle',
  { defaultMessage: 'Verdict' }
);

export const FIELD_STATUS = i18n.translate(
  'simpleHttpInvestigation.reviewInvestigationPage.fieldStatus',
  { defaultMessage: 'Status' }
);

export const FIELD_ANALYST = i18n.translate(
  'simpleHttpInvestigation.reviewInvestigationPage.fieldAnalyst',
  { defaultMessage: 'Analyst' }
);

export const FIELD_ASSIGNEE = i18n.translate(
  'simpleHttpInvestigation.reviewInvestigationPage.fieldAssignee',
  { defaultMessage: 'Assignee' }
);

export const FIELD_SUBMITTED = i18n.translate(
  'simpleHttpInvestigation.reviewInvestigationPage.fieldSubmitted',
  { defaultMessage: 'Submitted' }
);

export const FIELD_REVIEWED = i18n.translate(
  'simpleHttpInvestigation.reviewInvestigationPage.fieldReviewed',
  { defaultMessage: 'Reviewed' }
);

export const reviewedBy = (user: string) =>
  i18n.translate('simpleHttpInvestigation.reviewInvestigationPage.reviewedBy', {
    defaultMessage: 'by {user}',
    values: { user },
  });
