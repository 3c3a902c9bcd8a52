import net from 'node:net';
import path from 'node:path';

import { Client } from '@elastic/elasticsearch';

import type { ElasticsearchClient } from '../../server/elasticsearch_client';
import { plugin } from '../../server/index';
import type { KibanaFeatureConfig, Logger } from '../../server/kibana_contracts';
import { loadSampleData } from '../sample_data/load_sample_data';
import { createClusterClient } from './cluster_client';
import type { HostConfig } from './config';
import { startEngine, type RunningEngine } from './engine';
import { createHttpServer } from './http_server';
import { createEngineClient } from './opensearch_transport';
import { RouteRegistry } from './versioned_router';

export interface RunningHost {
  url: string;
  elasticsearchUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the standalone host: the embedded engine when no cluster is configured, the
 * sample data, the server plugin through its initializer, and the HTTP server.
 */
export async function startHost(
  config: HostConfig,
  options: {
    rootDir: string;
    logger: Logger;
    /** Called when the embedded engine exits while the host runs. */
    onEngineExit?: (message: string) => void;
  }
): Promise<RunningHost> {
  const { logger } = options;
  let engine: RunningEngine | null = null;
  let client: Client;
  let stopping = false;

  await assertPortFree(config.host, config.port);

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

async function startPlugin(
  config: HostConfig,
  client: ElasticsearchClient,
  options: { rootDir: string; logger: Logger }
) {
  const registry = new RouteRegistry();
  const features: KibanaFeatureConfig[] = [];
  const serverPlugin = await plugin({ logger: { get: (...parts) => options.logger.get('plugin', ...parts) } });

  serverPlugin.setup(
    { http: { createRouter: () => registry } },
    { features: { registerKibanaFeature: (feature) => features.push(feature) } }
  );
  const localUser = { username: config.username, roles: ['superuser'] };
  await serverPlugin.start(
    { elasticsearch: { client: { asInternalUser: client } } },
    { security: { authc: { getCurrentUser: () => localUser } } }
  );

  const core = { elasticsearch: { client: { asCurrentUser: client, asInternalUser: client } } };
  return createHttpServer({
    port: config.port,
    host: config.host,
    browserBuildDir: path.join(options.rootDir, 'build', 'browser'),
    routes: registry.routes,
    logger: options.logger.get('http'),
    // TODO: check the route's privileges against the signed-in user's roles once the
    // host has users. Until then the single local user has every privilege.
    authorize: async () => true,
    createContext: () => ({ core: Promise.resolve(core) }),
  });
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
