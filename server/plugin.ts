import type {
  CoreSetup,
  CoreStart,
  Logger,
  PluginInitializerContext,
  PluginSetupDependencies,
  PluginStartDependencies,
} from './kibana_contracts';
import { FEATURE } from './feature';
import { registerRoutes } from './routes/register_routes';

/** The server side of the plugin: registers the feature and the HTTP routes. */
export class SimpleHttpInvestigationPlugin {
  private readonly logger: Logger;
  private resolveStart: (dependencies: PluginStartDependencies) => void = () => undefined;
  private readonly startServices = new Promise<PluginStartDependencies>((resolve) => {
    this.resolveStart = resolve;
  });

  constructor(initializerContext: PluginInitializerContext) {
    this.logger = initializerContext.logger.get();
  }

  setup(core: CoreSetup, plugins: PluginSetupDependencies): Record<string, never> {
    plugins.features.registerKibanaFeature(FEATURE);

    registerRoutes(core.http.createRouter(), {
      logger: this.logger,
      getStartServices: () => this.startServices,
    });

    this.logger.debug('Registered the feature and the HTTP routes');
    return {};
  }

  start(_core: CoreStart, plugins: PluginStartDependencies): Record<string, never> {
    this.resolveStart(plugins);
    return {};
  }

  stop(): void {}
}
