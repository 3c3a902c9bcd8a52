import { i18n } from '../../i18n';

export const TITLE = i18n.translate('simpleHttpInvestigation.alertsEmptyPrompt.title', {
  defaultMessage: 'No alerts in this period',
});

export const TITLE_WITH_FILTERS = i18n.translate(
  'simpleHttpInvestigation.alertsEmptyPrompt.titleWithFilters',
  { defaultMessage: 'No alerts match the filters' }
);

export const BODY = i18n.translate('simpleHttpInvestigation.alertsEmptyPrompt.body', {
  defaultMessage:
    'No Simple HTTP web server alerts in the selected time range. Try a wider time range.',
});

export const BODY_WITH_FILTERS = i18n.translate(
  'simpleHttpInvestigation.alertsEmptyPrompt.bodyWithFilters',
  {
    defaultMessage:
      'No Simple HTTP web server alerts match the filters in the selected time range. Clear the filters or try a wider time range.',
  }
);

export const WIDEN_RANGE = i18n.translate('simpleHttpInvestigation.alertsEmptyPrompt.widenRange', {
  defaultMessage: 'Search the last 90 days',
});

export const CLEAR_FILTERS = i18n.translate(
  'simpleHttpInvestigation.alertsEmptyPrompt.clearFilters',
  { defaultMessage: 'Clear filters' }
);
