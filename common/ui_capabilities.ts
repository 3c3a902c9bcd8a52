import { API_PRIVILEGES } from './constants';

/**
 * UI capabilities the plugin's Kibana feature grants under `capabilities.simpleHttpInvestigation`.
 * The browser reads them to hide or disable what the user's privileges do not allow.
 */
export const UI_CAPABILITIES = {
  show: 'show',
  investigate: 'investigate',
  review: 'review',
  manageExceptions: 'manage_exceptions',
} as const;

export type UiCapability = (typeof UI_CAPABILITIES)[keyof typeof UI_CAPABILITIES];

/**
 * The UI capability that comes with each API privilege. Every privilege of the Kibana feature
 * grants exactly these pairs, and the standalone page derives a user's capabilities from the
 * role's API privileges through this table.
 */
export const UI_CAPABILITY_BY_API_PRIVILEGE: Readonly<Record<string, UiCapability>> = {
  [API_PRIVILEGES.read]: UI_CAPABILITIES.show,
  [API_PRIVILEGES.investigate]: UI_CAPABILITIES.investigate,
  [API_PRIVILEGES.review]: UI_CAPABILITIES.review,
  [API_PRIVILEGES.manageExceptions]: UI_CAPABILITIES.manageExceptions,
};

/** Returns the plugin's UI capabilities, each true when one of the API privileges grants it. */
export const uiCapabilitiesFor = (
  apiPrivileges: readonly string[]
): Record<UiCapability, boolean> => {
  const granted = new Set(
    apiPrivileges.map((privilege) => UI_CAPABILITY_BY_API_PRIVILEGE[privilege])
  );

  return {
    show: granted.has(UI_CAPABILITIES.show),
    investigate: granted.has(UI_CAPABILITIES.investigate),
    review: granted.has(UI_CAPABILITIES.review),
    manage_exceptions: granted.has(UI_CAPABILITIES.manageExceptions),
  };
};
