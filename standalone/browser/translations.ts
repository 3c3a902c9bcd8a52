import { i18n } from '../../public/i18n';

export const DARK_MODE = i18n.translate('simpleHttpInvestigation.standalone.darkMode', {
  defaultMessage: 'Dark mode',
});

export const BREADCRUMBS_LABEL = i18n.translate(
  'simpleHttpInvestigation.standalone.breadcrumbsLabel',
  { defaultMessage: 'Location in the app' }
);

export const MOUNT_FAILED = i18n.translate('simpleHttpInvestigation.standalone.mountFailed', {
  defaultMessage:
    'The app failed to load. The browser console shows the error. Reload the page to retry.',
});

export const APP_NOT_REGISTERED = i18n.translate(
  'simpleHttpInvestigation.standalone.appNotRegistered',
  { defaultMessage: 'The plugin did not register its app during setup.' }
);

export const SIGNED_IN_AS = i18n.translate('simpleHttpInvestigation.standalone.signedInAs', {
  defaultMessage: 'Signed in as',
});

export const LOG_OUT = i18n.translate('simpleHttpInvestigation.standalone.logOut', {
  defaultMessage: 'Log out',
});

export const spaceBadge = (spaceId: string) =>
  i18n.translate('simpleHttpInvestigation.standalone.spaceBadge', {
    defaultMessage: 'Space: {spaceId}',
    values: { spaceId },
  });
