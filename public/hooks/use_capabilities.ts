import { useMemo } from 'react';

import { readPluginCapabilities, type PluginCapabilities } from '../lib/plugin_capabilities';
import { usePluginServices } from './use_plugin_services';

/** Returns what the signed-in user's privileges allow in the app. */
export const useCapabilities = (): PluginCapabilities => {
  const { capabilities } = usePluginServices();

  return useMemo(() => readPluginCapabilities(capabilities), [capabilities]);
};
