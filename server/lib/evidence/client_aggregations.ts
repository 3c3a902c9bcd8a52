import type { estypes } from '@elastic/elasticsearch';

import type { ClientGroup, EventRef } from '../../../common/api/evidence';
import { classifyAddressOrNull } from '../../../common/address_kind';
import { ECS_FIELDS } from '../../../common/ecs_fields';
import { getField, getNumber, getString } from '../../../common/get_field';
import { uniqueRefs } from './source_hit';

/** Bucket and hit limits of the accepted-connection aggregations. */
export const CLIENT_LIMITS = {
  clients: 100,
  sourcePortsPerClient: 50,
  eventsPerClient: 10,
  listeningPorts: 10,
  listeningAddresses: 10,
} as const;

const byTime = (order: 'asc' | 'desc'): estypes.Sort => [{ [ECS_FIELDS.timestamp]: { order } }];

/** Builds the aggregations of accepted connections per client address. */
export function buildClientAggregations(): Record<
  string,
  estypes.AggregationsAggregationContainer
> {
  return {
    clients: {
      terms: { field: ECS_FIELDS.sourceIp, size: CLIENT_LIMITS.clients },
      aggs: {
        first_seen: { min: { field: ECS_FIELDS.timestamp } },
        last_seen: { max: { field: ECS_FIELDS.timestamp } },
        source_ports: {
          terms: { field: ECS_FIELDS.sourcePort, size: CLIENT_LIMITS.sourcePortsPerClient },
        },
        first_events: {
          top_hits: { size: CLIENT_LIMITS.eventsPerClient, sort: byTime('asc'), _source: false },
        },
        last_event: { top_hits: { size: 1, sort: byTime('desc'), _source: false } },
      },
    },
    listening_ports: {
      terms: { field: ECS_FIELDS.destinationPort, size: CLIENT_LIMITS.listeningPorts },
      aggs: { events: { top_hits: { size: 3, sort: byTime('asc'), _source: false } } },
    },
    listening_addresses: {
      terms: { field: ECS_FIELDS.destinationIp, size: CLIENT_LIMITS.listeningAddresses },
    },
  };
}

/** A port or address the server accepted connections on, with sample events. */
export interface ObservedListener<T> {
  value: T;
  connections: number;
  events: EventRef[];
}

export interface ClientAggregationResult {
  /**
   * Clients by first connection, oldest first. Each client's `events` starts with its
   * first connection and ends with its last.
   */
  clients: ClientGroup[];
  listeningPorts: Array<ObservedListener<number>>;
  listeningAddresses: Array<ObservedListener<string>>;
  /** True when more client addresses or source ports exist than the buckets hold. */
  truncated: boolean;
  /** True when a client has more connections than its sampled `events` list. */
  eventsTruncated: boolean;
}

/** Parses the aggregations built by `buildClientAggregations`. */
export function parseClientAggregations(aggregations: unknown): ClientAggregationResult {
  let truncated = (getNumber(aggregations, 'clients.sum_other_doc_count') ?? 0) > 0;
  let eventsTruncated = false;
  const clients: ClientGroup[] = [];

  for (const bucket of readBuckets(aggregations, 'clients')) {
    const ip = getString(bucket, 'key');
    const firstSeen = readDate(bucket, 'first_seen');
    const lastSeen = readDate(bucket, 'last_seen');
    if (ip === null || firstSeen === null || lastSeen === null) {
      continue;
    }
    const connections = getNumber(bucket, 'doc_count') ?? 0;
    const events = uniqueRefs([
      ...readTopHits(bucket, 'first_events'),
      ...readTopHits(bucket, 'last_event'),
    ]);
    const sourcePorts = readBuckets(bucket, 'source_ports')
      .map((portBucket) => getNumber(portBucket, 'key'))
      .filter((port): port is number => port !== null)
      .sort((left, right) => left - right);

    // The events are a sample, the first connections and the last, so a busy client's
    // list is always cut. That is reported apart from a cut client or source port list.
    if (events.length < connections) {
      eventsTruncated = true;
    }
    if ((getNumber(bucket, 'source_ports.sum_other_doc_count') ?? 0) > 0) {
      truncated = true;
    }

    clients.push({
      ip,
      // NOTE: an address the parser cannot read is not known to be local, so it counts as public.
      kind: classifyAddressOrNull(ip) ?? 'public',
      connections,
      first_seen: firstSeen,
      last_seen: lastSeen,
      source_ports: sourcePorts,
      events,
    });
  }
  clients.sort((left, right) => Date.parse(left.first_seen) - Date.parse(right.first_seen));

  return {
    clients,
    listeningPorts: readListeners(aggregations, 'listening_ports', (bucket) =>
      getNumber(bucket, 'key')
    ),
    listeningAddresses: readListeners(aggregations, 'listening_addresses', (bucket) =>
      getString(bucket, 'key')
    ),
    truncated,
    eventsTruncated,
  };
}

function readListeners<T>(
  aggregations: unknown,
  name: string,
  readKey: (bucket: unknown) => T | null
): Array<ObservedListener<T>> {
  const listeners: Array<ObservedListener<T>> = [];
  for (const bucket of readBuckets(aggregations, name)) {
    const value = readKey(bucket);
    if (value !== null) {
      listeners.push({
        value,
        connections: getNumber(bucket, 'doc_count') ?? 0,
        events: readTopHits(bucket, 'events'),
      });
    }
  }
  return listeners;
}

function readBuckets(parent: unknown, name: string): unknown[] {
  const buckets = getField(parent, `${name}.buckets`);
  return Array.isArray(buckets) ? buckets : [];
}

function readDate(bucket: unknown, name: string): string | null {
  const epochMs = getNumber(bucket, `${name}.value`);
  return epochMs === null ? null : new Date(epochMs).toISOString();
}

function readTopHits(bucket: unknown, name: string): EventRef[] {
  const hits = getField(bucket, `${name}.hits.hits`);
  if (!Array.isArray(hits)) {
    return [];
  }
  const refs: EventRef[] = [];
  for (const hit of hits) {
    const id = getString(hit, '_id');
    const index = getString(hit, '_index');
    if (id !== null && index !== null) {
      refs.push({ id, index });
    }
  }
  return refs;
}
