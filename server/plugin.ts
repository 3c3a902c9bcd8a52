import type {
  CoreSetup,
  CoreStart,
  Logger,
  PluginInitializerContext,
  PluginSetupDependencies,
  PluginStartDependencies,
} from './kibana_contracts';
import { FEATURE } from './feature';
import { MANAGED_INDICES } from './lib/investigations/index_definitions';
import { IndexInstaller } from './lib/investigations/install_indices';
import { registerRoutes } from './routes/register_routes';

/**
 * The server side of the plugin: registers the feature and the HTTP routes, and at start
 * installs the indices of saved investigations and audit records.
 */
export class SimpleHttpInvestigationPlugin {
  private readonly logger: Logger;
  private resolveStart: (dependencies: PluginStartDependencies) => void = () => undefined;
  private readonly startServices = new Promise<PluginStartDependencies>((resolve) => {
    this.resolveStart = resolve;
  });
  private indexInstaller: IndexInstaller | null = null;

  constructor(initializerContext: PluginInitializerContext) {
    this.logger = initializerContext.logger.get();
  }

  setup(core: CoreSetup, plugins: PluginSetupDependencies): Record<string, never> {
    plugins.features.registerKibanaFeature(FEATURE);

    registerRoutes(core.http.createRouter(), {
      logger: this.logger,
      getStartServices: () => this.startServices,
      waitForIndices: () => this.waitForIndices(),
    });

    this.logger.debug('Registered the feature and the HTTP routes');
    return {};
  }

  /** Stays synchronous, as Kibana requires: the index installation runs in the background. */
  start(core: CoreStart, plugins: PluginStartDependencies): Record<string, never> {
    this.indexInstaller = new IndexInstaller(
      core.elasticsearch.client.asInternalUser,
      MANAGED_INDICES,
      this.logger.get('indices')
    );
    this.indexInstaller.start();
    this.resolveStart(plugins);
    return {};
  }

  stop(): void {}

  private async waitForIndices(): Promise<void> {
    await this.startServices;
    if (this.indexInstaller === null) {
      throw new Error('The plugin started without an index installer');
    }
    await this.indexInstaller.ready();
  }
}
