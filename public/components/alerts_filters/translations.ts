import { i18n } from '../../i18n';
import type { AlertExceptionFilter } from '../../../common/api/exceptions';
import { RULE_IDS } from '../../../common/constants';

export const SEARCH_PLACEHOLDER = i18n.translate(
  'simpleHttpInvestigation.alertsFilters.searchPlaceholder',
  { defaultMessage: 'Search host, user, process, command line, rule, reason' }
);

export const SEARCH_LABEL = i18n.translate('simpleHttpInvestigation.alertsFilters.searchLabel', {
  defaultMessage: 'Search alerts',
});

export const HOST_PLACEHOLDER = i18n.translate(
  'simpleHttpInvestigation.alertsFilters.hostPlaceholder',
  { defaultMessage: 'Host name' }
);

export const USER_PLACEHOLDER = i18n.translate(
  'simpleHttpInvestigation.alertsFilters.userPlaceholder',
  { defaultMessage: 'User name' }
);

export const STATUS_LABEL = i18n.translate('simpleHttpInvestigation.alertsFilters.statusLabel', {
  defaultMessage: 'Workflow status',
});

export const ALL_STATUSES = i18n.translate('simpleHttpInvestigation.alertsFilters.allStatuses', {
  defaultMessage: 'All statuses',
});

export const INVESTIGATION_LABEL = i18n.translate(
  'simpleHttpInvestigation.alertsFilters.investigationLabel',
  { defaultMessage: 'Investigation' }
);

export const ALL_INVESTIGATIONS = i18n.translate(
  'simpleHttpInvestigation.alertsFilters.allInvestigations',
  { defaultMessage: 'Any' }
);

export const EXCEPTIONS_LABEL = i18n.translate(
  'simpleHttpInvestigation.alertsFilters.exceptionsLabel',
  { defaultMessage: 'Exceptions' }
);

export const ALL_ALERTS = i18n.translate('simpleHttpInvestigation.alertsFilters.allAlerts', {
  defaultMessage: 'All alerts',
});

export const EXCEPTION_FILTER_LABELS: Record<AlertExceptionFilter, string> = {
  hide: i18n.translate('simpleHttpInvestigation.alertsFilters.hideExcepted', {
    defaultMessage: 'Hide matched alerts',
  }),
  only: i18n.translate('simpleHttpInvestigation.alertsFilters.onlyExcepted', {
    defaultMessage: 'Only matched alerts',
  }),
};

export const ASSIGNEE_PLACEHOLDER = i18n.translate(
  'simpleHttpInvestigation.alertsFilters.assigneePlaceholder',
  { defaultMessage: 'Assignee' }
);

export const RULE_LABEL = i18n.translate('simpleHttpInvestigation.alertsFilters.ruleLabel', {
  defaultMessage: 'Rule',
});

export const ALL_RULES = i18n.translate('simpleHttpInvestigation.alertsFilters.allRules', {
  defaultMessage: 'All rules',
});

/** Names of the prebuilt rules as Elastic publishes them. */
export const RULE_NAMES: Record<string, string> = {
  [RULE_IDS.connection]: i18n.translate(
    'simpleHttpInvestigation.alertsFilters.ruleConnection',
    { defaultMessage: 'Simple HTTP Web Server Connection' }
  ),
  [RULE_IDS.creation]: i18n.translate('simpleHttpInvestigation.alertsFilters.ruleCreation', {
    defaultMessage: 'Simple HTTP Web Server Creation',
  }),
  [RULE_IDS.pythonServer]: i18n.translate(
    'simpleHttpInvestigation.alertsFilters.rulePythonServer',
    { defaultMessage: 'Web Server Spawned via Python' }
  ),
};
