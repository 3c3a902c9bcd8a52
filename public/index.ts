import type { PluginInitializerContext } from './kibana_contracts';
import { SimpleHttpInvestigationPlugin } from './plugin';

/** The browser plugin initializer that Kibana calls for `public/index.ts`. */
export const plugin = (initializerContext: PluginInitializerContext) =>
  new SimpleHttpInvestigationPlugin(initializerContext);
