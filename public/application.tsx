import { createRoot } from 'react-dom/client';
import { Router } from 'react-router-dom';
import { EuiProvider } from '@elastic/eui';
import type { Observable } from 'rxjs';

import { createApiClient } from './api_client';
import { AppRoutes } from './app_routes';
import { useObservable } from './hooks/use_observable';
import type {
  AppMountParameters,
  AppUnmount,
  CoreStart,
  CoreTheme,
  ScopedHistory,
} from './kibana_contracts';
import { PluginServicesContext, type PluginServices } from './plugin_services_context';

interface AppProps {
  services: PluginServices;
  history: ScopedHistory;
  theme$: Observable<CoreTheme>;
  initialTheme: CoreTheme;
}

/**
 * Renders the app's React tree in the light or dark colour mode of Kibana's theme. Global
 * styles stay off because the page that hosts the app (Kibana's chrome, or the standalone
 * header) already renders them in its own `EuiProvider`.
 */
const App = ({ services, history, theme$, initialTheme }: AppProps) => {
  const theme = useObservable(theme$, initialTheme);

  return (
    <EuiProvider
      colorMode={theme.darkMode ? 'dark' : 'light'}
      globalStyles={false}
      utilityClasses={false}
    >
      <PluginServicesContext.Provider value={services}>
        <Router history={history}>
          <AppRoutes />
        </Router>
      </PluginServicesContext.Provider>
    </EuiProvider>
  );
};

/** Renders the app into `params.element` and returns the function that unmounts it. */
export const renderApp = (core: CoreStart, params: AppMountParameters): AppUnmount => {
  const services: PluginServices = {
    api: createApiClient(core.http),
    capabilities: core.application.capabilities,
    chrome: core.chrome,
    notifications: core.notifications,
  };
  const root = createRoot(params.element);

  root.render(
    <App
      services={services}
      history={params.history}
      theme$={params.theme$}
      initialTheme={core.theme.getTheme()}
    />
  );

  return () => root.unmount();
};
