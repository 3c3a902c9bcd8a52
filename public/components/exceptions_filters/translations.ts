import { i18n } from '../../i18n';

export const STATUS_LABEL = i18n.translate(
  'simpleHttpInvestigation.exceptionsFilters.statusLabel',
  { defaultMessage: 'Status' }
);

export const ALL_STATUSES = i18n.translate(
  'simpleHttpInvestigation.exceptionsFilters.allStatuses',
  { defaultMessage: 'All statuses' }
);

export const CATEGORY_LABEL = i18n.translate(
  'simpleHttpInvestigation.exceptionsFilters.categoryLabel',
  { defaultMessage: 'Category' }
);

export const ALL_CATEGORIES = i18n.translate(
  'simpleHttpInvestigation.exceptionsFilters.allCategories',
  { defaultMessage: 'All categories' }
);

export const SEARCH_PLACEHOLDER = i18n.translate(
  'simpleHttpInvestigation.exceptionsFilters.searchPlaceholder',
  { defaultMessage: 'Search name and reason' }
);

export const REFRESH = i18n.translate('simpleHttpInvestigation.exceptionsFilters.refresh', {
  defaultMessage: 'Refresh',
});
