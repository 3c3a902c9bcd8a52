import type { PluginInitializerContext } from './kibana_contracts';
import { SimpleHttpInvestigationPlugin } from './plugin';

/** Creates the server plugin; Kibana calls this initializer at start. */
export async function plugin(initializerContext: PluginInitializerContext) {
  return new SimpleHttpInvestigationPlugin(initializerContext);
}
