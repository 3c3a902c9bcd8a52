import { randomUUID } from 'node:crypto';

import { detectAlerts } from '../../standalone/sample_data/alerts';
import { buildInstance, currentMinute } from '../../standalone/sample_data/generate';
import { loadRuleDefinitions } from '../../standalone/sample_data/rules';
import {
  ALERTS_INDEX,
  dataStreamName,
  EVENT_STREAMS,
  type EventStream,
  type SampleDocument,
} from '../../standalone/sample_data/types';

/** Markup that runs script when a page renders it as HTML instead of text. */
const IMAGE_PAYLOAD = '<img src=x onerror="window.__hostile=1">';
const SCRIPT_PAYLOAD = '<script>window.__hostile=2</script>';

/**
 * Values of the hostile alert and its events. Each contains `hostile-c901`, which no sample
 * data value contains, so other specs' searches never find these documents.
 */
export const HOSTILE = {
  hostName: `hostile-c901${IMAGE_PAYLOAD}`,
  userName: `hostile-c901${SCRIPT_PAYLOAD}`,
  commandLine: `python3 -m http.server 8000 --directory "hostile-c901${IMAGE_PAYLOAD}"`,
  fileName: `hostile-c901${SCRIPT_PAYLOAD}.html`,
  note: `Checked hostile-c901 ${IMAGE_PAYLOAD} ${SCRIPT_PAYLOAD}`,
  reviewComment: `Return hostile-c901 ${SCRIPT_PAYLOAD} ${IMAGE_PAYLOAD}`,
  exceptionName: `hostile-c901 ${IMAGE_PAYLOAD}${SCRIPT_PAYLOAD}`,
} as const;

/** Scenario copy of the hostile documents, which the host's scale 1 never generates. */
const HOSTILE_COPY = 900;

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Returns `value` with every string that equals a key of `replacements` replaced. */
const replaceValues = (value: JsonValue, replacements: ReadonlyMap<string, string>): JsonValue => {
  if (typeof value === 'string') {
    return replacements.get(value) ?? value;
  }

  if (Array.isArray(value)) {
    return value.map((item) => replaceValues(item, replacements));
  }

  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, replaceValues(item, replacements)])
    );
  }

  return value;
};

const readObject = (value: unknown, name: string): Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`The generated alert has no object ${name}`);
  }

  return value as Record<string, unknown>;
};

const readString = (value: unknown, name: string): string => {
  if (typeof value !== 'string') {
    throw new Error(`The generated alert has no string ${name}`);
  }

  return value;
};

async function requestEngine(engineUrl: string, path: string, init?: RequestInit) {
  const response = await fetch(`${engineUrl}${path}`, init);
  const body: unknown = await response.json();

  if (!response.ok) {
    throw new Error(`${init?.method ?? 'GET'} ${path} failed with ${response.status}`);
  }

  return body as Record<string, unknown>;
}

/** Returns the write index of each events data stream, which `kibana.alert.ancestors` names. */
async function readWriteIndices(engineUrl: string): Promise<Record<EventStream, string>> {
  const entries = await Promise.all(
    EVENT_STREAMS.map(async (stream) => {
      const body = await requestEngine(engineUrl, `/_data_stream/${dataStreamName(stream)}`);
      const [dataStream] = body.data_streams as Array<{ indices: Array<{ index_name: string }> }>;
      const writeIndex = dataStream?.indices.at(-1)?.index_name;

      if (writeIndex === undefined) {
        throw new Error(`The data stream ${dataStreamName(stream)} has no backing index`);
      }

      return [stream, writeIndex] as const;
    })
  );

  return Object.fromEntries(entries) as Record<EventStream, string>;
}

/**
 * Builds one developer's `python3 -m http.server` scenario, whose Python rule alert and
 * events carry the hostile host name, user name and command line, and adds a file event in
 * the served directory with the hostile file name.
 */
function buildHostileDocuments(backingIndices: Record<EventStream, string>): SampleDocument[] {
  const anchorMs = currentMinute().getTime();
  // A seed per run gives new document ids, so a second run against the same data directory
  // adds a fresh alert instead of colliding with the first run's events.
  const seed = Math.floor(Date.now() / 1000) % 2 ** 31;
  const instance = buildInstance(seed, anchorMs, HOSTILE_COPY, 'developer');
  const alerts = detectAlerts(
    { random: instance.random, anchorMs, backingIndices },
    loadRuleDefinitions(),
    instance.events
  );
  const [alert] = alerts;

  if (alert === undefined || alerts.length !== 1) {
    throw new Error(`The developer scenario produced ${alerts.length} alerts instead of 1`);
  }

  const host = readObject(alert.source.host, 'host');
  const user = readObject(alert.source.user, 'user');
  const process = readObject(alert.source.process, 'process');
  const servedDirectory = readString(process.working_directory, 'process.working_directory');
  const replacements = new Map([
    [readString(host.name, 'host.name'), HOSTILE.hostName],
    [readString(user.name, 'user.name'), HOSTILE.userName],
    [readString(process.command_line, 'process.command_line'), HOSTILE.commandLine],
  ]);

  const fileTemplate = instance.events.find((event) => event.stream === 'file');

  if (fileTemplate === undefined) {
    throw new Error('The developer scenario has no file event to copy');
  }

  // The server writes the file a minute after the alert, inside the evidence window.
  const alertTimeMs = Date.parse(readString(alert.source['@timestamp'], '@timestamp'));
  const servedFile: SampleDocument = {
    index: dataStreamName('file'),
    id: randomUUID(),
    source: {
      ...fileTemplate.source,
      '@timestamp': new Date(alertTimeMs + 60_000).toISOString(),
      event: { ...readObject(fileTemplate.source.event, 'event'), action: 'creation' },
      file: {
        path: `${servedDirectory}/${HOSTILE.fileName}`,
        name: HOSTILE.fileName,
        directory: servedDirectory,
      },
    },
  };

  const events = instance.events.map(
    (event): SampleDocument => ({
      index: dataStreamName(event.stream),
      id: event.id,
      source: event.source,
    })
  );

  return [...events, servedFile, alert].map((document) => ({
    ...document,
    source: replaceValues(document.source as JsonValue, replacements) as Record<string, unknown>,
  }));
}

/**
 * Indexes the hostile alert and its events into the engine of the host under test, in the
 * default space, through the engine's bulk API. Returns the alert's id.
 */
export async function indexHostileDocuments(engineUrl: string): Promise<string> {
  const documents = buildHostileDocuments(await readWriteIndices(engineUrl));
  const lines = documents.flatMap((document) => [
    // Data streams accept only `create`, while the alerts index keeps the alert's own id.
    document.index === ALERTS_INDEX
      ? { index: { _index: document.index, _id: document.id } }
      : { create: { _index: document.index, _id: document.id } },
    document.source,
  ]);
  const body = await requestEngine(engineUrl, '/_bulk?refresh=wait_for', {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body: `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`,
  });

  if (body.errors !== false) {
    const detail = JSON.stringify(body).slice(0, 2000);
    throw new Error(`Indexing the hostile documents failed: ${detail}`);
  }

  const alert = documents.find((document) => document.index === ALERTS_INDEX);

  if (alert === undefined) {
    throw new Error('The hostile documents contain no alert');
  }

  return alert.id;
}
