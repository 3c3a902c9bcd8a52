import { i18n } from '../../i18n';

export const STATUS_LABEL = i18n.translate('simpleHttpInvestigation.reviewFilters.statusLabel', {
  defaultMessage: 'Status',
});

export const ALL_STATUSES = i18n.translate('simpleHttpInvestigation.reviewFilters.allStatuses', {
  defaultMessage: 'All statuses',
});

export const VERDICT_LABEL = i18n.translate('simpleHttpInvestigation.reviewFilters.verdictLabel', {
  defaultMessage: 'Verdict',
});

export const ALL_VERDICTS = i18n.translate('simpleHttpInvestigation.reviewFilters.allVerdicts', {
  defaultMessage: 'Any',
});

export const RULE_LABEL = i18n.translate('simpleHttpInvestigation.reviewFilters.ruleLabel', {
  defaultMessage: 'Rule',
});

export const ALL_RULES = i18n.translate('simpleHttpInvestigation.reviewFilters.allRules', {
  defaultMessage: 'All rules',
});

export const ANALYST_PLACEHOLDER = i18n.translate(
  'simpleHttpInvestigation.reviewFilters.analystPlaceholder',
  { defaultMessage: 'Analyst' }
);

export const HOST_PLACEHOLDER = i18n.translate(
  'simpleHttpInvestigation.reviewFilters.hostPlaceholder',
  { defaultMessage: 'Host name' }
);

export const UPDATED_LABEL = i18n.translate('simpleHttpInvestigation.reviewFilters.updatedLabel', {
  defaultMessage: 'Updated',
});

export const ANY_TIME = i18n.translate('simpleHttpInvestigation.reviewFilters.anyTime', {
  defaultMessage: 'Any time',
});

export const UPDATED_SINCE_LABELS: Record<string, string> = {
  'now-1d': i18n.translate('simpleHttpInvestigation.reviewFilters.lastDay', {
    defaultMessage: 'Last 24 hours',
  }),
  'now-7d': i18n.translate('simpleHttpInvestigation.reviewFilters.lastWeek', {
    defaultMessage: 'Last 7 days',
  }),
  'now-30d': i18n.translate('simpleHttpInvestigation.reviewFilters.lastMonth', {
    defaultMessage: 'Last 30 days',
  }),
  'now-90d': i18n.translate('simpleHttpInvestigation.reviewFilters.lastQuarter', {
    defaultMessage: 'Last 90 days',
  }),
};

export const REFRESH = i18n.translate('simpleHttpInvestigation.reviewFilters.refresh', {
  defaultMessage: 'Refresh the queue',
});
