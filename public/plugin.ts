import { PLUGIN_ID } from '../common/constants';
import type {
  AppCategory,
  AppMountParameters,
  CoreSetup,
  CoreStart,
  PluginInitializerContext,
} from './kibana_contracts';
import { APP_TITLE, SECURITY_CATEGORY_LABEL } from './translations';

/** Kibana's `DEFAULT_APP_CATEGORIES.security`, so the app is listed under Security in the nav. */
const SECURITY_CATEGORY: AppCategory = {
  id: 'securitySolution',
  label: SECURITY_CATEGORY_LABEL,
  order: 4000,
  euiIconType: 'logoSecurity',
};

/** Browser side of the plugin: registers the app, whose code loads only when it mounts. */
export class SimpleHttpInvestigationPlugin {
  constructor(_initializerContext: PluginInitializerContext) {}

  setup(core: CoreSetup): void {
    core.application.register({
      id: PLUGIN_ID,
      title: APP_TITLE,
      category: SECURITY_CATEGORY,
      euiIconType: 'logoSecurity',
      mount: async (params: AppMountParameters) => {
        const [[coreStart], { renderApp }] = await Promise.all([
          core.getStartServices(),
          import('./application'),
        ]);

        return renderApp(coreStart, params);
      },
    });
  }

  start(_core: CoreStart): void {}

  stop(): void {}
}
