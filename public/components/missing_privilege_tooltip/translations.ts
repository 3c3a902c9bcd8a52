import { i18n } from '../../i18n';

export const INVESTIGATE_MISSING = i18n.translate(
  'simpleHttpInvestigation.missingPrivilege.investigate',
  {
    defaultMessage:
      'Your role can read investigations but not change them. Ask an admin for the Investigate privilege.',
  }
);

export const PROPOSE_EXCEPTION_MISSING = i18n.translate(
  'simpleHttpInvestigation.missingPrivilege.proposeException',
  {
    defaultMessage:
      'Your role can read exceptions but not propose them. Ask an admin for the Investigate privilege.',
  }
);

export const REVIEW_MISSING = i18n.translate('simpleHttpInvestigation.missingPrivilege.review', {
  defaultMessage:
    'Your role can read investigations but not approve or return them. Ask an admin for the Review privilege.',
});

export const MANAGE_EXCEPTIONS_MISSING = i18n.translate(
  'simpleHttpInvestigation.missingPrivilege.manageExceptions',
  {
    defaultMessage:
      'Your role can read exceptions but not create, change, delete, accept or reject them. Ask an admin for the Manage exceptions privilege.',
  }
);

export const READ_ONLY_TITLE = i18n.translate(
  'simpleHttpInvestigation.missingPrivilege.readOnlyTitle',
  { defaultMessage: 'Read only' }
);
