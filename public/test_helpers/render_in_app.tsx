import type { ReactElement } from 'react';
import { configure, render, type RenderResult } from '@testing-library/react';
import { Router } from 'react-router-dom';
import { createMemoryHistory, type MemoryHistory } from 'history';
import { EuiProvider } from '@elastic/eui';

import { PluginServicesContext } from '../plugin_services_context';
import { createTestServices, type TestServices } from './create_test_services';

// EUI and Kibana mark elements with `data-test-subj`, so `*ByTestId` queries read that attribute.
// Whole pages with their evidence panels take seconds to render in jsdom when the unit tests
// run in parallel, so `findBy*` and `waitFor` wait up to 5 s instead of 1 s.
configure({ testIdAttribute: 'data-test-subj', asyncUtilTimeout: 5000 });

export interface RenderInAppResult extends RenderResult {
  history: MemoryHistory;
  services: TestServices;
}

export interface RenderInAppOptions {
  path?: string;
  services?: TestServices;
}

/** Renders `ui` inside the providers `renderApp` sets up, with a memory history at `path`. */
export const renderInApp = (
  ui: ReactElement,
  { path = '/', services = createTestServices() }: RenderInAppOptions = {}
): RenderInAppResult => {
  const history = createMemoryHistory({ initialEntries: [path] });
  const result = render(
    <EuiProvider colorMode="light">
      <PluginServicesContext.Provider value={services}>
        <Router history={history}>{ui}</Router>
      </PluginServicesContext.Provider>
    </EuiProvider>
  );

  return { ...result, history, services };
};
