import { i18n } from '../../i18n';

export const CANCEL = i18n.translate('simpleHttpInvestigation.confirmModal.cancel', {
  defaultMessage: 'Cancel',
});
