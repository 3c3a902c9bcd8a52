/**
 * Entry of the standalone page. It replaces Kibana's browser core with the parts of
 * `CoreSetup` and `CoreStart` that `public/kibana_contracts.ts` declares, and implements
 * nothing beyond those contracts. It runs the same `plugin()` as Kibana does, through its
 * `setup` and `start`, then mounts the registered app.
 */
import { createRoot } from 'react-dom/client';

import { PLUGIN_ID } from '../../common/constants';
import { plugin } from '../../public';
import { capabilitiesForRoles } from './capabilities';
import { fetchCurrentUser } from './current_user';
import { createStandaloneCore } from './standalone_core';
import { StandaloneHeader } from './standalone_header';
import * as i18n from './translations';
import './main.css';

const showMountError = (element: HTMLElement, message: string): void => {
  const paragraph = document.createElement('p');
  paragraph.className = 'standaloneMountError';
  paragraph.textContent = message;
  element.replaceChildren(paragraph);
};

const start = async (): Promise<void> => {
  const root = document.getElementById('root');

  if (!root) {
    throw new Error('index.html has no element with id "root"');
  }

  const headerElement = document.createElement('header');
  const appElement = document.createElement('main');
  appElement.className = 'standaloneApp';
  root.replaceChildren(headerElement, appElement);

  const user = await fetchCurrentUser(window.fetch.bind(window));
  const core = createStandaloneCore(capabilitiesForRoles(user?.roles ?? []));
  const pluginInstance = plugin({});

  pluginInstance.setup(core.setup);
  pluginInstance.start(core.start);
  core.markStarted();

  createRoot(headerElement).render(
    <StandaloneHeader core={core} userName={user?.username ?? null} />
  );

  const app = core.getApp(PLUGIN_ID);

  if (!app) {
    showMountError(appElement, i18n.APP_NOT_REGISTERED);
    return;
  }

  try {
    await app.mount({ element: appElement, history: core.history, theme$: core.theme.theme$ });
  } catch (error) {
    console.error('Mounting the app failed', error);
    showMountError(appElement, i18n.MOUNT_FAILED);
  }
};

void start();
