import { i18n } from '../../i18n';

export const TABLE_CAPTION = i18n.translate('simpleHttpInvestigation.alertsTable.caption', {
  defaultMessage: 'Simple HTTP web server alerts',
});

export const COLUMN_TIME = i18n.translate('simpleHttpInvestigation.alertsTable.columnTime', {
  defaultMessage: 'Time',
});

export const COLUMN_RULE = i18n.translate('simpleHttpInvestigation.alertsTable.columnRule', {
  defaultMessage: 'Rule',
});

export const COLUMN_SEVERITY = i18n.translate(
  'simpleHttpInvestigation.alertsTable.columnSeverity',
  { defaultMessage: 'Severity' }
);

export const COLUMN_HOST = i18n.translate('simpleHttpInvestigation.alertsTable.columnHost', {
  defaultMessage: 'Host',
});

export const COLUMN_USER = i18n.translate('simpleHttpInvestigation.alertsTable.columnUser', {
  defaultMessage: 'User',
});

export const COLUMN_PROCESS = i18n.translate('simpleHttpInvestigation.alertsTable.columnProcess', {
  defaultMessage: 'Process',
});

export const COLUMN_COMMAND_LINE = i18n.translate(
  'simpleHttpInvestigation.alertsTable.columnCommandLine',
  { defaultMessage: 'Command line' }
);

export const COLUMN_PORT = i18n.translate('simpleHttpInvestigation.alertsTable.columnPort', {
  defaultMessage: 'Port',
});

export const COLUMN_SERVED_DIRECTORY = i18n.translate(
  'simpleHttpInvestigation.alertsTable.columnServedDirectory',
  { defaultMessage: 'Served directory' }
);

export const COLUMN_CLIENTS = i18n.translate('simpleHttpInvestigation.alertsTable.columnClients', {
  defaultMessage: 'Clients',
});

export const COLUMN_CLIENTS_TOOLTIP = i18n.translate(
  'simpleHttpInvestigation.alertsTable.columnClientsTooltip',
  { defaultMessage: 'Distinct client addresses that connected to the server' }
);

export const COLUMN_STATUS = i18n.translate('simpleHttpInvestigation.alertsTable.columnStatus', {
  defaultMessage: 'Status',
});

export const LOADING_ALERTS = i18n.translate('simpleHttpInvestigation.alertsTable.loading', {
  defaultMessage: 'Loading alerts…',
});

export const COLUMN_INVESTIGATION = i18n.translate(
  'simpleHttpInvestigation.alertsTable.columnInvestigation',
  { defaultMessage: 'Investigation' }
);

export const COLUMN_ASSIGNEE = i18n.translate(
  'simpleHttpInvestigation.alertsTable.columnAssignee',
  { defaultMessage: 'Assignee' }
);

export const COLUMN_STATUS_TOOLTIP = i18n.translate(
  'simpleHttpInvestigation.alertsTable.columnStatusTooltip',
  {
    defaultMessage: 'The workflow status, and below it the active exceptions that match the alert',
  }
);
