/**
 * Loads the sample data into the cluster at ELASTICSEARCH_URL, or prints its counts.
 *
 *   npx tsx standalone/sample_data/cli.ts --scale 10 --seed 1 [--dry-run] [--force] [--anchor ISO]
 *
 * Credentials, when the cluster needs them, go in the URL (`http://user:password@host:9200`).
 */
import { parseArgs } from 'node:util';

import { createClusterClient } from '../host/cluster_client';
import { readHostConfig } from '../host/config';
import { createEngineClient } from '../host/opensearch_transport';
import { countSampleData, totalEvents } from './counts';
import { currentMinute, DEFAULT_SEED, MAX_SCALE } from './generate';
import { loadSampleData } from './load_sample_data';

const USAGE = `Usage: npx tsx standalone/sample_data/cli.ts [options]

Options:
  --seed N       seed of the generator (default ${DEFAULT_SEED})
  --scale N      copies of the scenario mix, 1 to ${MAX_SCALE} (default 1)
  --anchor ISO   time the data ends at, such as 2025-06-15T12:00:00Z (default: now, to the minute)
  --dry-run      generate without writing and print the counts
  --force        delete existing sample data before loading
  --opensearch   the cluster is the embedded OpenSearch engine (skips the Elasticsearch
                 product check and versioned media types)
  --help         print this help

Environment:
  ELASTICSEARCH_URL   cluster to load into, such as http://127.0.0.1:9200
                      (required unless --dry-run)
  ELASTICSEARCH_USERNAME, ELASTICSEARCH_PASSWORD or ELASTICSEARCH_API_KEY
                      credentials for that cluster`;

function parseInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) {
    return fallback;
  }
  const number = Number(value);
  if (!Number.isInteger(number)) {
    throw new Error(`Invalid --${name} ${value}: expected a whole number`);
  }
  return number;
}

function parseAnchor(value: string | undefined): Date {
  if (value === undefined) {
    return currentMinute();
  }
  const anchor = new Date(value);
  if (Number.isNaN(anchor.getTime())) {
    throw new Error(
      `Invalid --anchor ${value}: expected an ISO 8601 time such as 2025-06-15T12:00:00Z`
    );
  }
  return anchor;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      scale: { type: 'string' },
      anchor: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      opensearch: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const seed = parseInteger('seed', values.seed, DEFAULT_SEED);
  const scale = parseInteger('scale', values.scale, 1);
  const anchor = parseAnchor(values.anchor);

  if (values['dry-run']) {
    const startedMs = Date.now();
    const counts = countSampleData({ seed, scale, anchor });
    const tookMs = Date.now() - startedMs;
    const summary = { seed, scale, anchor: anchor.toISOString(), totalEvents: totalEvents(counts) };
    console.log(JSON.stringify({ ...summary, counts, tookMs }, null, 2));
    return;
  }

  const cluster = readHostConfig(process.env, process.cwd()).elasticsearch;
  if (cluster === null) {
    throw new Error(
      'ELASTICSEARCH_URL is not set: set it to the cluster URL, ' +
        'or pass --dry-run to only print counts'
    );
  }
  const client = values.opensearch ? createEngineClient(cluster.url) : createClusterClient(cluster);
  try {
    const logger = {
      info: (message: string) => console.log(message),
      warn: (message: string) => console.warn(message),
    };
    const force = values.force;
    const result = await loadSampleData(client, { seed, scale, anchor, force, logger });
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await client.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(`Run with --help for usage.`);
  process.exitCode = 1;
});
