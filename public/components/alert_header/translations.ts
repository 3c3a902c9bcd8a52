import { i18n } from '../../i18n';

export const BACK_TO_ALERTS = i18n.translate('simpleHttpInvestigation.alertHeader.backToAlerts', {
  defaultMessage: 'Back to alerts',
});

export const FIELD_ALERT_TIME = i18n.translate('simpleHttpInvestigation.alertHeader.alertTime', {
  defaultMessage: 'Alert time',
});

export const FIELD_EVENT_TIME = i18n.translate('simpleHttpInvestigation.alertHeader.eventTime', {
  defaultMessage: 'Event time',
});

export const FIELD_HOST = i18n.translate('simpleHttpInvestigation.alertHeader.host', {
  defaultMessage: 'Host',
});

export const FIELD_USER = i18n.translate('simpleHttpInvestigation.alertHeader.user', {
  defaultMessage: 'User',
});

export const FIELD_STATUS = i18n.translate('simpleHttpInvestigation.alertHeader.status', {
  defaultMessage: 'Workflow status',
});

export const FIELD_TECHNIQUES = i18n.translate('simpleHttpInvestigation.alertHeader.techniques', {
  defaultMessage: 'MITRE ATT&CK techniques',
});

export const statusChangedBy = (user: string) =>
  i18n.translate('simpleHttpInvestigation.alertHeader.statusChangedBy', {
    defaultMessage: 'by {user}',
    values: { user },
  });
