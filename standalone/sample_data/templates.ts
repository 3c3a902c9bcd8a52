import type { Client } from '@elastic/elasticsearch';

import { ALERT_FIELD_MAPPINGS, ECS_FIELD_MAPPINGS, toProperties } from './mappings';
import { ALERTS_INDEX_PATTERN, dataStreamPattern, EVENT_STREAMS, type EventStream } from './types';

/**
 * Template priority. The built-in `logs` template of Elasticsearch 8 for `logs-*-*` has
 * priority 100, and these templates must outrank it.
 */
const TEMPLATE_PRIORITY = 300;

/** One shard and no replicas: the sample data lives on a single-node engine. */
const INDEX_SETTINGS = { number_of_shards: 1, number_of_replicas: 0 };

export const eventsTemplateName = (stream: EventStream): string =>
  `simple-http-sample-logs-endpoint.events.${stream}`;
export const ALERTS_TEMPLATE_NAME = 'simple-http-sample-alerts-security';

/**
 * Installs (or replaces) the index templates: one data stream template per events stream
 * (`data_stream: {}`, `@timestamp` mapped as date) and one for the alerts backing indices.
 */
export async function installIndexTemplates(client: Client): Promise<void> {
  const eventProperties = toProperties(ECS_FIELD_MAPPINGS);
  for (const stream of EVENT_STREAMS) {
    await client.indices.putIndexTemplate({
      name: eventsTemplateName(stream),
      index_patterns: [dataStreamPattern(stream)],
      data_stream: {},
      priority: TEMPLATE_PRIORITY,
      template: { settings: INDEX_SETTINGS, mappings: { properties: eventProperties } },
      _meta: { description: 'Elastic Defend events written by the simple HTTP sample data loader' },
    });
  }
  await client.indices.putIndexTemplate({
    name: ALERTS_TEMPLATE_NAME,
    index_patterns: [ALERTS_INDEX_PATTERN],
    priority: TEMPLATE_PRIORITY,
    template: {
      settings: INDEX_SETTINGS,
      mappings: { properties: toProperties({ ...ECS_FIELD_MAPPINGS, ...ALERT_FIELD_MAPPINGS }) },
    },
    _meta: { description: 'Detection alerts written by the simple HTTP sample data loader' },
  });
}
