import { PLUGIN_ID } from '../../common/constants';
import { UI_CAPABILITIES } from '../../common/ui_capabilities';
import type { Capabilities } from '../kibana_contracts';

/** Permissions of the signed-in user in the app. Reading alerts and evidence needs `canRead`. */
export interface PluginCapabilities {
  canRead: boolean;
  /** Start, edit and submit investigations, and propose exceptions. */
  canInvestigate: boolean;
  /** Approve and return submitted investigations. */
  canReview: boolean;
  /** Create, edit and delete exceptions, and accept or reject proposals. */
  canManageExceptions: boolean;
}

/**
 * Reads the plugin's UI capabilities from Kibana's `capabilities`. A capability that is
 * missing or not `true` counts as not granted.
 */
export const readPluginCapabilities = (
  capabilities: Readonly<Capabilities>
): PluginCapabilities => {
  const pluginCapabilities = capabilities[PLUGIN_ID] ?? {};
  const isGranted = (name: string) => pluginCapabilities[name] === true;

  return {
    canRead: isGranted(UI_CAPABILITIES.show),
    canInvestigate: isGranted(UI_CAPABILITIES.investigate),
    canReview: isGranted(UI_CAPABILITIES.review),
    canManageExceptions: isGranted(UI_CAPABILITIES.manageExceptions),
  };
};
