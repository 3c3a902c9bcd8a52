import { i18n } from '../../i18n';

export const PAGE_TITLE = i18n.translate('simpleHttpInvestigation.reviewPage.title', {
  defaultMessage: 'Review investigations',
});

export const PAGE_DESCRIPTION = i18n.translate('simpleHttpInvestigation.reviewPage.description', {
  defaultMessage:
    'Investigations that analysts submitted. Open one to read the evidence, steps and verdict, then approve it or return it with a comment.',
});

export const BREADCRUMB = i18n.translate('simpleHttpInvestigation.reviewPage.breadcrumb', {
  defaultMessage: 'Review',
});

export const LOADING = i18n.translate('simpleHttpInvestigation.reviewPage.loading', {
  defaultMessage: 'Loading investigations…',
});

export const QUEUE_EMPTY_TITLE = i18n.translate(
  'simpleHttpInvestigation.reviewPage.queueEmptyTitle',
  { defaultMessage: 'Nothing to review' }
);

export const QUEUE_EMPTY_BODY = i18n.translate(
  'simpleHttpInvestigation.reviewPage.queueEmptyBody',
  { defaultMessage: 'No investigation waits for review. Submitted investigations appear here.' }
);

export const NO_MATCHES_TITLE = i18n.translate(
  'simpleHttpInvestigation.reviewPage.noMatchesTitle',
  { defaultMessage: 'No investigations match' }
);

export const NO_MATCHES_BODY = i18n.translate('simpleHttpInvestigation.reviewPage.noMatchesBody', {
  defaultMessage: 'Change or clear the filters to see more investigations.',
});

export const CLEAR_FILTERS = i18n.translate('simpleHttpInvestigation.reviewPage.clearFilters', {
  defaultMessage: 'Show the submitted queue',
});

export const LOAD_ERROR_TITLE = i18n.translate('simpleHttpInvestigation.reviewPage.loadError', {
  defaultMessage: 'Could not load investigations',
});

export const STALE_RESULTS_TITLE = i18n.translate(
  'simpleHttpInvestigation.reviewPage.staleResults',
  { defaultMessage: 'Could not refresh investigations; the table shows the previous results' }
);
