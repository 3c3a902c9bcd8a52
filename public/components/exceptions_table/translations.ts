import { i18n } from '../../i18n';

export const EXCEPTIONS_CAPTION = i18n.translate(
  'simpleHttpInvestigation.exceptionsTable.exceptionsCaption',
  { defaultMessage: 'Exceptions' }
);

export const PROPOSALS_CAPTION = i18n.translate(
  'simpleHttpInvestigation.exceptionsTable.proposalsCaption',
  { defaultMessage: 'Proposed exceptions waiting for an admin' }
);

export const COLUMN_NAME = i18n.translate('simpleHttpInvestigation.exceptionsTable.columnName', {
  defaultMessage: 'Name',
});

export const COLUMN_STATUS = i18n.translate(
  'simpleHttpInvestigation.exceptionsTable.columnStatus',
  { defaultMessage: 'Status' }
);

export const COLUMN_CATEGORY = i18n.translate(
  'simpleHttpInvestigation.exceptionsTable.columnCategory',
  { defaultMessage: 'Category' }
);

export const COLUMN_RULES = i18n.translate('simpleHttpInvestigation.exceptionsTable.columnRules', {
  defaultMessage: 'Rules',
});

export const COLUMN_ENTRIES = i18n.translate(
  'simpleHttpInvestigation.exceptionsTable.columnEntries',
  { defaultMessage: 'Entries (all must match)' }
);

export const COLUMN_EXPIRES = i18n.translate(
  'simpleHttpInvestigation.exceptionsTable.columnExpires',
  { defaultMessage: 'Expires' }
);

export const COLUMN_AUTHOR = i18n.translate(
  'simpleHttpInvestigation.exceptionsTable.columnAuthor',
  { defaultMessage: 'Created by' }
);

export const COLUMN_UPDATED = i18n.translate(
  'simpleHttpInvestigation.exceptionsTable.columnUpdated',
  { defaultMessage: 'Updated' }
);

export const COLUMN_PROPOSED_BY = i18n.translate(
  'simpleHttpInvestigation.exceptionsTable.columnProposedBy',
  { defaultMessage: 'Proposed by' }
);

export const COLUMN_ALERT = i18n.translate('simpleHttpInvestigation.exceptionsTable.columnAlert', {
  defaultMessage: 'From alert',
});

export const COLUMN_PROPOSED_AT = i18n.translate(
  'simpleHttpInvestigation.exceptionsTable.columnProposedAt',
  { defaultMessage: 'Proposed' }
);

export const NEVER = i18n.translate('simpleHttpInvestigation.exceptionsTable.never', {
  defaultMessage: 'Never',
});

export const ALL_RULES = i18n.translate('simpleHttpInvestigation.exceptionsTable.allRules', {
  defaultMessage: 'All three rules',
});

export const openLabel = (name: string) =>
  i18n.translate('simpleHttpInvestigation.exceptionsTable.openLabel', {
    defaultMessage: 'Open {name}',
    values: { name },
  });
