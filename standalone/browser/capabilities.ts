import { PLUGIN_ID } from '../../common/constants';
import { uiCapabilitiesFor } from '../../common/ui_capabilities';
import type { Capabilities } from '../../public/kibana_contracts';
import { isRole, ROLE_PRIVILEGES } from '../roles';

/**
 * Builds Kibana's `application.capabilities` for a user with these roles, from the API
 * privileges that `ROLE_PRIVILEGES` gives each role. Unknown roles grant nothing.
 */
export const capabilitiesForRoles = (roles: readonly string[]): Capabilities => {
  const privileges = roles.filter(isRole).flatMap((role) => ROLE_PRIVILEGES[role]);
  const pluginCapabilities = uiCapabilitiesFor(privileges);

  return {
    navLinks: { [PLUGIN_ID]: pluginCapabilities.show },
    management: {},
    catalogue: {},
    [PLUGIN_ID]: pluginCapabilities,
  };
};
