import { createContext } from 'react';

import type { ApiClient } from './api_client';
import type { Capabilities, ChromeStart, NotificationsStart } from './kibana_contracts';

/** Services the app's hooks use, which `renderApp` provides from Kibana's `CoreStart`. */
export interface PluginServices {
  api: ApiClient;
  /** Kibana's `application.capabilities`, which `useCapabilities` reads. */
  capabilities: Readonly<Capabilities>;
  chrome: ChromeStart;
  notifications: NotificationsStart;
}

export const PluginServicesContext = createContext<PluginServices | null>(null);
