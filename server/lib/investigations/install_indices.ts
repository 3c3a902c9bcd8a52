import { errors } from '@elastic/elasticsearch';

import type { ElasticsearchClient } from '../../elasticsearch_client';
import type { Logger } from '../../kibana_contracts';
import type { ManagedIndex } from './index_definitions';

/**
 * Template priority. It only has to beat broad templates such as a cluster's `.*`
 * catch-all; Elasticsearch rejects two overlapping templates with the same priority.
 */
const TEMPLATE_PRIORITY = 500;

/** One primary shard; a replica whenever the cluster has a second node, as Kibana's own indices. */
const INDEX_SETTINGS = { hidden: true, number_of_shards: 1, auto_expand_replicas: '0-1' };

/**
 * Installs the index template of a plugin-owned index and brings the index up to date.
 * A missing index is created. An existing index gets the template's mappings, so fields
 * added since its creation get mapped and its documents stay. A change that is not
 * additive, such as a new type for a mapped field, fails here and needs a reindex.
 */
export async function installManagedIndex(
  client: ElasticsearchClient,
  definition: ManagedIndex
): Promise<void> {
  await client.indices.putIndexTemplate({
    name: definition.templateName,
    index_patterns: [definition.index],
    priority: TEMPLATE_PRIORITY,
    template: { settings: INDEX_SETTINGS, mappings: definition.mappings },
    _meta: { description: definition.description, managed: true },
  });

  if (!(await client.indices.exists({ index: definition.index }))) {
    try {
      await client.indices.create({ index: definition.index });
      return;
    } catch (error) {
      // Another Kibana node created it first; its mappings still need the update below.
      if (!isAlreadyExists(error)) {
        throw error;
      }
    }
  }
  await client.indices.putMapping({ index: definition.index, ...definition.mappings });
}

function isAlreadyExists(error: unknown): boolean {
  return (
    error instanceof errors.ResponseError &&
    JSON.stringify(error.body ?? '').includes('resource_already_exists_exception')
  );
}

/**
 * Installs the plugin's indices once and lets routes wait for it. Plugin start calls
 * `start`, which must not block; a route calls `ready` before it touches the indices.
 * After a failure, such as an unreachable cluster, the next `ready` tries again.
 */
export class IndexInstaller {
  private installation: Promise<void> | null = null;
  private failures = 0;

  constructor(
    private readonly client: ElasticsearchClient,
    private readonly indices: readonly ManagedIndex[],
    private readonly logger: Logger
  ) {}

  start(): void {
    // `ready` logs the failure, and routes retry it.
    this.ready().catch(() => undefined);
  }

  ready(): Promise<void> {
    this.installation ??= this.install();
    return this.installation;
  }

  private async install(): Promise<void> {
    const names = this.indices.map((definition) => definition.index).join(', ');
    try {
      for (const definition of this.indices) {
        await installManagedIndex(this.client, definition);
      }
      this.logger.info(`Installed the index templates and mappings of [${names}]`);
    } catch (error) {
      this.installation = null;
      this.failures += 1;
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.error(
        `Failed to install the index templates of [${names}] (failure ${this.failures}); the next request that needs them tries again: ${reason}`
      );
      throw error;
    }
  }
}
