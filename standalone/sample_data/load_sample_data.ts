import type { Client } from '@elastic/elasticsearch';

import { countDocument, emptyCounts, totalEvents, type SampleDataCounts } from './counts';
import { currentMinute, DEFAULT_SEED, generateSampleData, validateScale } from './generate';
import type { RuleDefinitions } from './rules';
import { installIndexTemplates } from './templates';
import {
  ALERTS_ALIAS,
  ALERTS_INDEX,
  dataStreamName,
  EVENT_STREAMS,
  type EventStream,
  type SampleDocument,
} from './types';

/** Documents per bulk request; about 10 MB at the generator's mix of events and alerts. */
export const DEFAULT_BATCH_SIZE = 5_000;

/** Logs progress every this many documents. */
const PROGRESS_INTERVAL = 100_000;

export interface SampleDataLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface LoadSampleDataOptions {
  seed?: number;
  scale?: number;
  /** Time the data is relative to; defaults to now rounded down to the minute. */
  anchor?: Date;
  logger?: SampleDataLogger;
  /** Deletes the sample data streams and alerts index first and loads again. */
  force?: boolean;
  batchSize?: number;
  /** Repository root to read the rule files from, default the working directory. */
  rootDir?: string;
  rules?: RuleDefinitions;
}

export interface LoadSampleDataResult {
  /** False when the alerts alias already held documents and nothing was written. */
  loaded: boolean;
  counts: SampleDataCounts;
  tookMs: number;
}

const silentLogger: SampleDataLogger = { info: () => {}, warn: () => {} };

async function alertsPresent(client: Client): Promise<boolean> {
  if (!(await client.indices.exists({ index: ALERTS_ALIAS }))) {
    return false;
  }
  const { count } = await client.count({ index: ALERTS_ALIAS });
  return count > 0;
}

/** Deletes the sample events data streams and the alerts index; missing ones are skipped. */
export async function deleteSampleData(client: Client): Promise<void> {
  for (const stream of EVENT_STREAMS) {
    await client.indices.deleteDataStream({ name: dataStreamName(stream) }, { ignore: [404] });
  }
  await client.indices.delete({ index: ALERTS_INDEX }, { ignore: [404] });
}

/** Creates the alerts index with its alias unless it exists. */
async function createAlertsIndex(client: Client): Promise<void> {
  if (await client.indices.exists({ index: ALERTS_INDEX })) {
    return;
  }
  await client.indices.create({
    index: ALERTS_INDEX,
    aliases: { [ALERTS_ALIAS]: { is_write_index: true } },
  });
}

/** Creates the events data streams unless they exist and returns each one's write index. */
async function createDataStreams(client: Client): Promise<Record<EventStream, string>> {
  const writeIndices: Partial<Record<EventStream, string>> = {};
  for (const stream of EVENT_STREAMS) {
    const name = dataStreamName(stream);
    if (!(await client.indices.exists({ index: name }))) {
      await client.indices.createDataStream({ name });
    }
    const { data_streams: dataStreams } = await client.indices.getDataStream({ name });
    const backingIndices = dataStreams[0]?.indices ?? [];
    const writeIndex = backingIndices[backingIndices.length - 1]?.index_name;
    if (writeIndex === undefined) {
      throw new Error(`Data stream ${name} has no backing index after it was created`);
    }
    writeIndices[stream] = writeIndex;
  }
  return {
    process: writeIndices.process ?? '',
    network: writeIndices.network ?? '',
    file: writeIndices.file ?? '',
  };
}

/** Writes one batch with `create` operations and throws on the first failed item. */
export async function writeBatch(
  client: Client,
  documents: readonly SampleDocument[]
): Promise<void> {
  const operations = documents.flatMap((document) => [
    { create: { _index: document.index, _id: document.id } },
    document.source,
  ]);
  const response = await client.bulk({ operations, refresh: false });
  if (!response.errors) {
    return;
  }
  const results = response.items.flatMap((item) => Object.values(item));
  const failed = results.filter((result) => result.error !== undefined);
  const first = failed[0];
  const error = first?.error;
  const reason = error === undefined ? 'unknown error' : `${error.type}: ${error.reason ?? ''}`;
  const index = first?._index ?? 'unknown index';
  const id = first?._id ?? 'unknown';
  throw new Error(
    `Bulk write of sample data failed for ${failed.length} of ${documents.length} documents; ` +
      `first failure in ${index} (id ${id}): ${reason}`
  );
}

/**
 * Loads the sample data: installs the index templates, creates the alerts index and the
 * events data streams, and writes the generated documents in bulk batches with one
 * refresh at the end. Writes nothing and returns `loaded: false` when the alerts alias
 * already contains documents, unless `force` is set.
 */
export async function loadSampleData(
  client: Client,
  options: LoadSampleDataOptions = {}
): Promise<LoadSampleDataResult> {
  const startedMs = Date.now();
  const logger = options.logger ?? silentLogger;
  const scale = validateScale(options.scale ?? 1);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`Invalid batchSize ${batchSize}: expected a whole number of at least 1`);
  }

  if (options.force === true) {
    logger.info('Deleting existing sample data before loading it again');
    await deleteSampleData(client);
  } else if (await alertsPresent(client)) {
    logger.info(`Sample data not loaded: ${ALERTS_ALIAS} already contains alerts`);
    return { loaded: false, counts: emptyCounts(), tookMs: Date.now() - startedMs };
  }

  await installIndexTemplates(client);
  await createAlertsIndex(client);
  const backingIndices = await createDataStreams(client);

  const seed = options.seed ?? DEFAULT_SEED;
  const anchor = options.anchor ?? currentMinute();
  logger.info(`Loading sample data: seed ${seed}, scale ${scale}, anchor ${anchor.toISOString()}`);
  const counts = emptyCounts();
  let batch: SampleDocument[] = [];
  let written = 0;
  const { rules, rootDir } = options;
  const documents = generateSampleData({ seed, anchor, scale, rules, rootDir, backingIndices });
  for (const document of documents) {
    batch.push(document);
    countDocument(counts, document);
    if (batch.length >= batchSize) {
      await writeBatch(client, batch);
      written += batch.length;
      batch = [];
      if (written % PROGRESS_INTERVAL < batchSize) {
        logger.info(`Wrote ${written} sample documents`);
      }
    }
  }
  if (batch.length > 0) {
    await writeBatch(client, batch);
  }
  await client.indices.refresh({ index: [...EVENT_STREAMS.map(dataStreamName), ALERTS_ALIAS] });

  const tookMs = Date.now() - startedMs;
  const alerts = counts.alerts.total;
  logger.info(`Loaded ${totalEvents(counts)} events and ${alerts} alert documents in ${tookMs} ms`);
  return { loaded: true, counts, tookMs };
}
