import { useContext } from 'react';

import { PluginServicesContext, type PluginServices } from '../plugin_services_context';

/** Returns the services `renderApp` provides, and throws outside the app's provider. */
export const usePluginServices = (): PluginServices => {
  const services = useContext(PluginServicesContext);

  if (services === null) {
    throw new Error('usePluginServices must be used inside PluginServicesContext.Provider');
  }

  return services;
};
