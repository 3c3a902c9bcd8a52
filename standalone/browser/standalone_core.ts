import { createBrowserHistory } from 'history';

import { APP_PATH } from '../../common/constants';
import type {
  App,
  Capabilities,
  CoreSetup,
  CoreStart,
  ScopedHistory,
} from '../../public/kibana_contracts';
import { readSpacePath } from '../space_path';
import { StandaloneChromeService } from './chrome_service';
import { createHttpClient, type StandaloneHttp } from './http_client';
import { createSessionExpiry } from './session_expiry';
import { StandaloneThemeService } from './theme_service';
import { StandaloneToastsService } from './toasts_service';

export interface StandaloneCore {
  setup: CoreSetup;
  start: CoreStart & { http: StandaloneHttp };
  /** The space the page belongs to, read from its `/s/<space_id>` prefix. */
  spaceId: string;
  /** Resolves `getStartServices`. Call it after every plugin's `start`. */
  markStarted: () => void;
  getApp: (appId: string) => App | undefined;
  /** History of the app's route, which the app mounts with. */
  history: ScopedHistory;
  chrome: StandaloneChromeService;
  theme: StandaloneThemeService;
  toasts: StandaloneToastsService;
}

/** Returns `sessionStorage`, or null when the browser blocks it. */
const readSessionStorage = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};

/**
 * Builds the parts of Kibana's `CoreSetup` and `CoreStart` that `public/kibana_contracts.ts`
 * declares, and nothing else: the standalone page runs only this plugin. `capabilities` are
 * the signed-in user's, as Kibana resolves them before any app mounts.
 */
export const createStandaloneCore = (capabilities: Capabilities): StandaloneCore => {
  const apps = new Map<string, App>();
  // The host serves the page at the root and under the prefix of each space. The page stays
  // in the space it was opened in: API calls and the app's links carry the prefix.
  const { spaceId, basePath } = readSpacePath(window.location.pathname);
  // Kibana scopes the app's history to its route, and a basename gives the same paths here.
  const history: ScopedHistory = createBrowserHistory({ basename: `${basePath}${APP_PATH}` });
  const chrome = new StandaloneChromeService();
  const theme = new StandaloneThemeService();
  const toasts = new StandaloneToastsService();

  const start: StandaloneCore['start'] = {
    application: { capabilities },
    chrome,
    http: createHttpClient({
      fetch: window.fetch.bind(window),
      origin: window.location.origin,
      basePath,
      sessionExpiry: createSessionExpiry(window.location, readSessionStorage()),
    }),
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
    spaceId,
    getApp: (appId) => apps.get(appId),
    history,
    chrome,
    theme,
    toasts,
  };
};
