import { DEFAULT_SPACE_ID } from '../common/constants';
import type {
  CoreSetup,
  CoreStart,
  KibanaRequest,
  ListPluginSetup,
  Logger,
  PluginInitializerContext,
  PluginSetupDependencies,
  PluginStartDependencies,
} from './kibana_contracts';
import { FEATURE } from './feature';
import {
  NO_EXCEPTION_LIST_SYNC,
  type ExceptionListSync,
} from './lib/exceptions/exception_list_sync';
import {
  KibanaExceptionListSync,
  findRuleDefaultList,
} from './lib/exceptions/kibana_exception_list_sync';
import { MANAGED_INDICES } from './lib/investigations/index_definitions';
import { IndexInstaller } from './lib/investigations/install_indices';
import { registerRoutes } from './routes/register_routes';
import { UNKNOWN_USER } from './routes/route_context';

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
  private lists: ListPluginSetup | undefined;
  private coreStart: CoreStart | null = null;

  constructor(initializerContext: PluginInitializerContext) {
    this.logger = initializerContext.logger.get();
  }

  setup(core: CoreSetup, plugins: PluginSetupDependencies): Record<string, never> {
    plugins.features.registerKibanaFeature(FEATURE);
    this.lists = plugins.lists;

    registerRoutes(core.http.createRouter(), {
      logger: this.logger,
      getStartServices: () => this.startServices,
      waitForIndices: () => this.waitForIndices(),
      getExceptionListSync: (request) => this.exceptionListSyncFor(request),
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
    this.coreStart = core;
    this.resolveStart(plugins);
    return {};
  }

  stop(): void {}

  /**
   * Returns the sync of a request's exceptions: through the lists plugin inside Kibana, and
   * none standalone, where there is no lists plugin and no saved objects.
   */
  private async exceptionListSyncFor(request: KibanaRequest): Promise<ExceptionListSync> {
    const { spaces, security } = await this.startServices;
    const core = this.coreStart;
    const { lists } = this;
    if (lists === undefined || core?.savedObjects === undefined) {
      return NO_EXCEPTION_LIST_SYNC;
    }
    const { client } = core.elasticsearch;
    if (client.asScoped === undefined) {
      return NO_EXCEPTION_LIST_SYNC;
    }

    // The lists plugin offers the client in its setup contract and in the route context
    // (`lists.getExceptionListClient()`). The sync is built from the request alone, outside
    // the handler context, so it uses the setup contract. Given the saved objects client
    // scoped to the request, that client writes with the user's privileges in the user's
    // space, as the route context's client does.
    const user = security?.authc.getCurrentUser(request)?.username ?? UNKNOWN_USER;
    const spaceId = spaces?.spacesService.getSpaceId(request) ?? DEFAULT_SPACE_ID;
    const userClient = client.asScoped(request).asCurrentUser;
    const savedObjectsClient = core.savedObjects.getScopedClient(request);
    return new KibanaExceptionListSync({
      client: lists.getExceptionListClient(savedObjectsClient, user),
      findDefaultList: (ruleId) => findRuleDefaultList(userClient, spaceId, ruleId),
      logger: this.logger.get('exception_lists'),
      now: () => new Date().toISOString(),
    });
  }

  private async waitForIndices(): Promise<void> {
    await this.startServices;
    if (this.indexInstaller === null) {
      throw new Error('The plugin started without an index installer');
    }
    await this.indexInstaller.ready();
  }
}
