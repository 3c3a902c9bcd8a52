import { i18n } from './i18n';

export const APP_TITLE = i18n.translate('simpleHttpInvestigation.app.title', {
  defaultMessage: 'Simple HTTP investigation',
});

export const SECURITY_CATEGORY_LABEL = i18n.translate(
  'simpleHttpInvestigation.app.securityCategoryLabel',
  { defaultMessage: 'Security' }
);
