import { i18n } from '../../i18n';

export const PAGE_TITLE = i18n.translate('simpleHttpInvestigation.exceptionsPage.title', {
  defaultMessage: 'Exceptions',
});

export const PAGE_DESCRIPTION = i18n.translate(
  'simpleHttpInvestigation.exceptionsPage.description',
  {
    defaultMessage:
      'Exceptions hide the alerts of known benign servers. Create and edit them here, and accept or reject the ones analysts propose from investigations.',
  }
);

export const BREADCRUMB = i18n.translate('simpleHttpInvestigation.exceptionsPage.breadcrumb', {
  defaultMessage: 'Exceptions',
});

export const CREATE = i18n.translate('simpleHttpInvestigation.exceptionsPage.create', {
  defaultMessage: 'Create exception',
});

export const EXCEPTIONS_TAB = i18n.translate(
  'simpleHttpInvestigation.exceptionsPage.exceptionsTab',
  { defaultMessage: 'All exceptions' }
);

export const PROPOSALS_TAB = i18n.translate(
  'simpleHttpInvestigation.exceptionsPage.proposalsTab',
  { defaultMessage: 'Proposals' }
);

export const waitingProposals = (count: number) =>
  i18n.translate('simpleHttpInvestigation.exceptionsPage.waitingProposals', {
    defaultMessage: '{count, plural, one {# proposal waits} other {# proposals wait}} for an admin',
    values: { count },
  });

export const LOADING = i18n.translate('simpleHttpInvestigation.exceptionsPage.loading', {
  defaultMessage: 'Loading exceptions…',
});

export const EMPTY_TITLE = i18n.translate('simpleHttpInvestigation.exceptionsPage.emptyTitle', {
  defaultMessage: 'No exceptions yet',
});

export const EMPTY_BODY = i18n.translate('simpleHttpInvestigation.exceptionsPage.emptyBody', {
  defaultMessage:
    'Create an exception for servers you know are benign, or accept one that an analyst proposes.',
});

export const NO_PROPOSALS_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionsPage.noProposalsTitle',
  { defaultMessage: 'No proposal waits' }
);

export const NO_PROPOSALS_BODY = i18n.translate(
  'simpleHttpInvestigation.exceptionsPage.noProposalsBody',
  {
    defaultMessage:
      'Analysts propose exceptions from investigations with a false positive or benign verdict. Their proposals appear here.',
  }
);

export const NO_MATCHES_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionsPage.noMatchesTitle',
  { defaultMessage: 'No exceptions match' }
);

export const NO_MATCHES_BODY = i18n.translate(
  'simpleHttpInvestigation.exceptionsPage.noMatchesBody',
  { defaultMessage: 'Change or clear the filters to see more exceptions.' }
);

export const CLEAR_FILTERS = i18n.translate('simpleHttpInvestigation.exceptionsPage.clearFilters', {
  defaultMessage: 'Clear filters',
});

export const LOAD_ERROR_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionsPage.loadError',
  { defaultMessage: 'Could not load exceptions' }
);

export const STALE_RESULTS_TITLE = i18n.translate(
  'simpleHttpInvestigation.exceptionsPage.staleResults',
  { defaultMessage: 'Could not refresh exceptions; the table shows the previous results' }
);
