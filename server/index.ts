import type { PluginInitializerContext } from './kibana_contracts';
import { SimpleHttpInvestigationPlugin } from './plugin';

/** The initializer Kibana calls to create the server plugin. */
export async function plugin(initializerContext: PluginInitializerContext) {
  return new SimpleHttpInvestigationPlugin(initializerContext);
}
