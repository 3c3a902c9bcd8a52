import { i18n } from '../../i18n';

export const TABLE_CAPTION = i18n.translate('simpleHttpInvestigation.reviewQueue.caption', {
  defaultMessage: 'Investigations to review',
});

export const COLUMN_ALERT_TIME = i18n.translate(
  'simpleHttpInvestigation.reviewQueue.columnAlertTime',
  { defaultMessage: 'Alert time' }
);

export const COLUMN_RULE = i18n.translate('simpleHttpInvestigation.reviewQueue.columnRule', {
  defaultMessage: 'Rule',
});

export const COLUMN_HOST = i18n.translate('simpleHttpInvestigation.reviewQueue.columnHost', {
  defaultMessage: 'Host',
});

export const COLUMN_USER = i18n.translate('simpleHttpInvestigation.reviewQueue.columnUser', {
  defaultMessage: 'User',
});

export const COLUMN_ANALYST = i18n.translate('simpleHttpInvestigation.reviewQueue.columnAnalyst', {
  defaultMessage: 'Analyst',
});

export const COLUMN_ASSIGNEE = i18n.translate(
  'simpleHttpInvestigation.reviewQueue.columnAssignee',
  { defaultMessage: 'Assignee' }
);

export const COLUMN_VERDICT = i18n.translate('simpleHttpInvestigation.reviewQueue.columnVerdict', {
  defaultMessage: 'Verdict',
});

export const COLUMN_STATUS = i18n.translate('simpleHttpInvestigation.reviewQueue.columnStatus', {
  defaultMessage: 'Status',
});

export const COLUMN_SUBMITTED = i18n.translate(
  'simpleHttpInvestigation.reviewQueue.columnSubmitted',
  { defaultMessage: 'Submitted' }
);

export const COLUMN_UPDATED = i18n.translate('simpleHttpInvestigation.reviewQueue.columnUpdated', {
  defaultMessage: 'Updated',
});
