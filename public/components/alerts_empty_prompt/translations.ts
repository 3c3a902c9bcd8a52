import { i18n } from '../../i18n';

export const TITLE = i18n.translate('simpleHttpInvestigation.alertsEmptyPrompt.title', {
  defaultMessage: 'No alerts in this period',
});

export const BODY = i18n.translate('simpleHttpInvestigation.alertsEmptyPrompt.body', {
  defaultMessage:
    'No Simple HTTP web server alerts match the filters in the selected time range. Try a wider time range.',
});

export const BODY_WITH_FILTERS = i18n.translate(
  'simpleHttpInvestigation.alertsEmptyPrompt.bodyWithFilters',
  {
    defaultMessage:
      'No Simple HTTP web server alerts match the filters in the selected time range. Try a wider time range or clear the filters.',
  }
);

export const WIDEN_RANGE = i18n.translate('simpleHttpInvestigation.alertsEmptyPrompt.widenRange', {
  defaultMessage: 'Search the last 90 days',
});

export const CLEAR_FILTERS = i18n.translate(
  'simpleHttpInvestigation.alertsEmptyPrompt.clearFilters',
  { defaultMessage: 'Clear filters' }
);
