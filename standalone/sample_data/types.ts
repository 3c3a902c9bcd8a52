import { alertsIndexForSpace, DEFAULT_SPACE_ID } from '../../common/constants';

/** One document for `client.bulk`: the target (data stream or index), its `_id` and `_source`. */
export interface SampleDocument {
  index: string;
  id: string;
  source: Record<string, unknown>;
}

export const EVENT_STREAMS = ['process', 'network', 'file'] as const;
export type EventStream = (typeof EVENT_STREAMS)[number];

export const EVENTS_NAMESPACE = 'default';

/** Data stream name, for example `logs-endpoint.events.process-default`. */
export const dataStreamName = (stream: EventStream): string =>
  `logs-endpoint.events.${stream}-${EVENTS_NAMESPACE}`;

/** Index template pattern of a data stream, for example `logs-endpoint.events.process-*`. */
export const dataStreamPattern = (stream: EventStream): string =>
  `logs-endpoint.events.${stream}-*`;

/**
 * First backing index of a data stream as OpenSearch 2.x names it. Elasticsearch adds the
 * creation date (`.ds-<stream>-<yyyy.MM.dd>-000001`), so the loader reads the real name
 * from the cluster and passes it to the generator.
 */
export const defaultBackingIndex = (stream: EventStream): string =>
  `.ds-${dataStreamName(stream)}-000001`;

export const ALERTS_ALIAS = alertsIndexForSpace(DEFAULT_SPACE_ID);
export const ALERTS_INDEX_PATTERN = '.internal.alerts-security.alerts-*';
export const ALERTS_INDEX = `.internal.alerts-security.alerts-${DEFAULT_SPACE_ID}-000001`;

/** A user account on a generated host. */
export interface UserAccount {
  name: string;
  id: string;
  group: { name: string; id: string };
}

/** Kind of session that started a process, as Elastic Defend's `entry_leader.entry_meta.type`. */
export type EntryType = 'sshd' | 'terminal' | 'init' | 'container' | 'unknown';

/** The fields of a process that events of its descendants repeat (parent, leaders). */
export interface ProcessRef {
  entityId: string;
  pid: number;
  name: string;
  executable: string;
  args: string[];
  commandLine: string;
  startMs: number;
  user: UserAccount;
}

/** A process the generator started, with what its child events need to refer to it. */
export interface ProcessRecord extends ProcessRef {
  workingDirectory: string;
  interactive: boolean;
  parent: ProcessRecord | null;
  /** Entity ids of the ancestors, closest parent first (Defend keeps at most 20). */
  ancestry: string[];
  entryLeader: ProcessRef;
  entryType: EntryType;
  entrySourceIp: string | null;
  sessionLeader: ProcessRef;
}

/** A generated event before it becomes a `SampleDocument`. */
export interface GeneratedEvent {
  stream: EventStream;
  id: string;
  timestampMs: number;
  /** Per-host counter, also written as `event.sequence`, that orders events with equal times. */
  sequence: number;
  source: Record<string, unknown>;
}
