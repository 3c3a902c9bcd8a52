import { i18n } from '../../i18n';

export const EMPTY_VALUE = i18n.translate('simpleHttpInvestigation.emptyValue.text', {
  defaultMessage: '—',
  description: 'Shown in place of a field the alert or event does not have',
});

export const EMPTY_VALUE_LABEL = i18n.translate('simpleHttpInvestigation.emptyValue.ariaLabel', {
  defaultMessage: 'No value',
});
