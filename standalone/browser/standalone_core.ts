import { createBrowserHistory } from 'history';

import { APP_PATH } from '../../common/constants';
import type { App, CoreSetup, CoreStart, ScopedHistory } from '../../public/kibana_contracts';
import { StandaloneChromeService } from './chrome_service';
import { createHttpClient } from './http_client';
import { StandaloneThemeService } from './theme_service';
import { StandaloneToastsService } from './toasts_service';

export interface StandaloneCore {
  setup: CoreSetup;
  start: CoreStart;
  /** Resolves `getStartServices`. Call it after every plugin's `start`. */
  markStarted: () => void;
  getApp: (appId: string) => App | undefined;
  /** History of the app's route, which the app mounts with. */
  history: ScopedHistory;
  chrome: StandaloneChromeService;
  theme: StandaloneThemeService;
  toasts: StandaloneToastsService;
}

/**
 * Builds the parts of Kibana's `CoreSetup` and `CoreStart` that `public/kibana_contracts.ts`
 * declares, and nothing else: the standalone page runs only this plugin.
 */
export const createStandaloneCore = (): StandaloneCore => {
  const apps = new Map<string, App>();
  // Kibana scopes the app's history to its route, and a basename gives the same paths here.
  const history: ScopedHistory = createBrowserHistory({ basename: APP_PATH });
  const chrome = new StandaloneChromeService();
  const theme = new StandaloneThemeService();
  const toasts = new StandaloneToastsService();

  const start: CoreStart = {
    chrome,
    http: createHttpClient({ fetch: window.fetch.bind(window), origin: window.location.origin }),
    notifications: { toasts },
    theme,
  };

  let resolveStarted: (services: [CoreStart, object, unknown]) => void = () => undefined;
  const started = new Promise<[CoreStart, object, unknown]>((resolve) => {
    resolveStarted = resolve;
  });

  const setup: CoreSetup = {
    application: {
      register: (app) => {
        if (apps.has(app.id)) {
          throw new Error(`An app with id "${app.id}" is already registered`);
        }

        apps.set(app.id, app as App);
      },
    },
    getStartServices: () => started,
  };

  return {
    setup,
    start,
    markStarted: () => resolveStarted([start, {}, undefined]),
    getApp: (appId) => apps.get(appId),
    history,
    chrome,
    theme,
    toasts,
  };
};
