import net from 'node:net';
import path from 'node:path';

import { Client } from '@elastic/elasticsearch';

import { DEFAULT_SPACE_ID } from '../../common/constants';
import type { ElasticsearchClient } from '../../server/elasticsearch_client';
import { plugin } from '../../server/index';
import type {
  AuthenticatedUser,
  KibanaFeatureConfig,
  KibanaRequest,
  Logger,
} from '../../server/kibana_contracts';
import { loadSampleData } from '../sample_data/load_sample_data';
import { copyAlertsToSpace } from '../sample_data/space_alerts';
import { createClusterClient } from './cluster_client';
import type { HostConfig } from './config';
import { startEngine, type RunningEngine } from './engine';
import { createHttpServer } from './http_server';
import { DEFAULT_LOGIN_THROTTLE_POLICY, LoginThrottle, type LoginThrottlePolicy } from './login_throttle';
import { createEngineClient } from './opensearch_transport';
import { SESSION_LIFETIME_MS, SessionStore } from './session_store';
import { createSpacesContract } from './spaces';
import { UserStore } from './user_store';
import { readUsersFile } from './users_file';
import { RouteRegistry } from './versioned_router';

export interface RunningHost {
  url: string;
  elasticsearchUrl: string;
  stop(): Promise<void>;
}

export interface StartHostOptions {
  rootDir: string;
  logger: Logger;
  /** Called when the embedded engine exits while the host runs. */
  onEngineExit?: (message: string) => void;
  /** Limits of failed sign-ins; the defaults suit people, tests may shorten them. */
  loginThrottlePolicy?: LoginThrottlePolicy;
}

/**
 * Starts the standalone host: the embedded engine when no cluster is configured, the
 * sample data, the server plugin through its initializer, and the HTTP server. The users
 * file must exist, because every route needs a signed-in user.
 */
export async function startHost(
  config: HostConfig,
  options: StartHostOptions
): Promise<RunningHost> {
  const { logger } = options;
  let engine: RunningEngine | null = null;
  let client: Client;
  let stopping = false;

  await assertPortFree(config.host, config.port);
  await assertUsersFile(config.usersFile);

  if (config.elasticsearch === null) {
    engine = await startEngine({
      dataDir: config.dataDir,
      port: config.enginePort,
      logger: logger.get('engine'),
    });
    client = createEngineClient(engine.url);
    void engine.exited.then((exit) => {
      if (!stopping) {
        options.onEngineExit?.(
          `The embedded engine exited (code ${exit.code ?? 'none'}, signal ${exit.signal ?? 'none'})`
        );
      }
    });
  } else {
    client = createClusterClient(config.elasticsearch);
    await checkCluster(client, config.elasticsearch.url, logger);
  }

  try {
    if (config.sampleData.load) {
      await loadSampleData(client, {
        seed: config.sampleData.seed,
        scale: config.sampleData.scale,
        logger: logger.get('sample-data'),
      });
      for (const spaceId of spaceIdsOf(config)) {
        if (spaceId !== DEFAULT_SPACE_ID) {
          await copyAlertsToSpace(client, spaceId, logger.get('sample-data'));
        }
      }
    }
    const server = await startPlugin(config, client, options);
    await server.start();
    const url = server.info.uri;

    return {
      url,
      elasticsearchUrl: engine?.url ?? config.elasticsearch?.url ?? '',
      stop: async () => {
        stopping = true;
        await server.stop({ timeout: 5_000 });
        await client.close();
        await engine?.stop();
      },
    };
  } catch (error) {
    stopping = true;
    await client.close();
    await engine?.stop();
    throw error;
  }
}

async function startPlugin(config: HostConfig, client: ElasticsearchClient, options: StartHostOptions) {
  const registry = new RouteRegistry();
  const features: KibanaFeatureConfig[] = [];
  const serverPlugin = await plugin({ logger: { get: (...parts) => options.logger.get('plugin', ...parts) } });

  serverPlugin.setup(
    { http: { createRouter: () => registry } },
    { features: { registerKibanaFeature: (feature) => features.push(feature) } }
  );
  // mountRoutes records the user of each authorized request for the security contract.
  const requestUsers = new WeakMap<KibanaRequest, AuthenticatedUser>();
  const requestBasePaths = new WeakMap<KibanaRequest, string>();
  await serverPlugin.start(
    { elasticsearch: { client: { asInternalUser: client } } },
    {
      security: { authc: { getCurrentUser: (request) => requestUsers.get(request) ?? null } },
      spaces: createSpacesContract(requestBasePaths),
    }
  );

  const core = { elasticsearch: { client: { asCurrentUser: client, asInternalUser: client } } };
  return createHttpServer({
    port: config.port,
    host: config.host,
    browserBuildDir: path.join(options.rootDir, 'build', 'browser'),
    routes: registry.routes,
    logger: options.logger.get('http'),
    authentication: {
      users: new UserStore(config.usersFile, options.logger.get('users')),
      sessions: new SessionStore({
        idleTimeoutMs: config.sessionTimeoutMinutes * 60 * 1000,
        lifetimeMs: SESSION_LIFETIME_MS,
      }),
      throttle: new LoginThrottle(options.loginThrottlePolicy ?? DEFAULT_LOGIN_THROTTLE_POLICY),
      logger: options.logger.get('security'),
    },
    requestUsers,
    spaceIds: spaceIdsOf(config),
    requestBasePaths,
    createContext: () => ({ core: Promise.resolve(core) }),
  });
}

function spaceIdsOf(config: HostConfig): readonly string[] {
  return config.spaces ?? [DEFAULT_SPACE_ID];
}

/** Logs whether the cluster responds. The host starts either way, and routes return 503 until it does. */
async function checkCluster(client: Client, url: string, logger: Logger): Promise<void> {
  try {
    const info = await client.info();
    logger.info(`Using Elasticsearch ${info.version.number} at ${url}`);
  } catch (error) {
    logger.warn(
      `Elasticsearch at ${url} is not reachable (${error instanceof Error ? error.message : String(error)}); routes return 503 until it is`
    );
  }
}

/** Checks the users file before the engine starts, so a host nobody can sign in to fails fast. */
async function assertUsersFile(file: string): Promise<void> {
  const users = await readUsersFile(file);
  if (users === null || users.length === 0) {
    throw new Error(
      `Users file [${file}] is missing or has no users: add one with \`npm run users -- add <name> admin\``
    );
  }
}

/** Checks the host's port before the engine starts, so a busy port fails fast. */
async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) {
    return;
  }
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be used (${error.message})`;
      reject(new Error(`Port ${port} on ${host} ${reason}: stop the other server, or set PORT to another port`));
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
