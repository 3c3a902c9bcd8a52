import type { RuleSummary } from './alerts';

/** A source document that supports a piece of evidence. */
export interface EventRef {
  id: string;
  index: string;
}

export const ADDRESS_KINDS = ['loopback', 'private', 'public'] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];

export interface AlertDetails {
  id: string;
  index: string;
  timestamp: string;
  original_time: string | null;
  rule: RuleSummary;
  severity: string | null;
  risk_score: number | null;
  reason: string | null;
  workflow_status: string;
  workflow_reason: string | null;
  workflow_user: string | null;
  host_name: string | null;
  host_id: string | null;
  user_name: string | null;
  process_entity_id: string | null;
  building_block_ids: string[];
  ancestor_event_ids: EventRef[];
  threat_techniques: string[];
}

export interface ProcessSummary {
  entity_id: string | null;
  pid: number | null;
  name: string | null;
  executable: string | null;
  command_line: string | null;
  args: string[];
  working_directory: string | null;
  user_name: string | null;
  user_id: string | null;
  start: string | null;
  event: EventRef | null;
}

export interface ServerProcess extends ProcessSummary {
  group_name: string | null;
  parent: ProcessSummary | null;
  end: string | null;
  duration_ms: number | null;
  end_event: EventRef | null;
  exit_code: number | null;
}

/** The entry leader of the server's session, which shows how its user got in. */
export interface EntryEvidence {
  type: string | null;
  source_ip: string | null;
  source_kind: AddressKind | null;
  user_name: string | null;
  process_name: string | null;
  executable: string | null;
  entity_id: string | null;
  start: string | null;
  event: EventRef | null;
}

export interface ChildProcess extends ProcessSummary {
  parent_entity_id: string | null;
  is_shell: boolean;
  depth: number;
}

export interface ClientGroup {
  ip: string;
  kind: AddressKind;
  connections: number;
  first_seen: string;
  last_seen: string;
  source_ports: number[];
  /** A sample of the connections: the first ones and the last, never all of a busy client. */
  events: EventRef[];
}

export interface OutboundConnection {
  destination_ip: string;
  destination_port: number | null;
  kind: AddressKind;
  transport: string | null;
  process_name: string | null;
  process_entity_id: string | null;
  timestamp: string;
  event: EventRef;
}

export const FILE_ACTIONS = ['creation', 'deletion', 'rename', 'modification', 'overwrite'] as const;

export interface FileActivity {
  path: string;
  name: string | null;
  extension: string | null;
  action: string;
  size: number | null;
  timestamp: string;
  is_script: boolean;
  by_server: boolean;
  process_name: string | null;
  process_entity_id: string | null;
  event: EventRef;
}

export interface RelatedAlert {
  id: string;
  index: string;
  timestamp: string;
  rule_name: string;
  rule_id: string;
  severity: string | null;
  risk_score: number | null;
  host_name: string | null;
  user_name: string | null;
  reason: string | null;
  same_host: boolean;
  same_user: boolean;
  workflow_status: string;
}

export const TIMELINE_CATEGORIES = ['process', 'network', 'file', 'alert'] as const;
export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];

export interface TimelineEntry {
  timestamp: string;
  category: TimelineCategory;
  action: string;
  summary: string;
  event: EventRef;
}

export const FACT_IDS = [
  'listening_address',
  'listening_port',
  'cgi_enabled',
  'served_directory',
  'served_directory_kind',
  'started_by_root',
  'launched_by',
  'public_clients',
  'shell_children',
  'scripts_in_served_directory',
  'outbound_public_connections',
] as const;
export type FactId = (typeof FACT_IDS)[number];

export const SERVED_DIRECTORY_KINDS = ['home', 'temporary', 'web_root', 'system', 'other'] as const;
export type ServedDirectoryKind = (typeof SERVED_DIRECTORY_KINDS)[number];

export const LAUNCHERS = [
  'ssh',
  'terminal',
  'cron',
  'systemd',
  'container_runtime',
  'web_server',
  'unknown',
] as const;
export type Launcher = (typeof LAUNCHERS)[number];

/**
 * A fact read off the events, never a verdict. `concerning` marks values that point
 * towards a backdoor; the analyst decides.
 */
export interface DerivedFact {
  id: FactId;
  value: string | number | boolean | null;
  concerning: boolean;
  events: EventRef[];
}

export interface EvidenceWindow {
  start: string;
  end: string;
}

/** Everything the investigation page shows for one alert. */
export interface AlertEvidence {
  alert: AlertDetails;
  window: EvidenceWindow;
  process: ServerProcess | null;
  ancestry: ProcessSummary[];
  entry: EntryEvidence | null;
  children: ChildProcess[];
  clients: ClientGroup[];
  outbound: OutboundConnection[];
  files: FileActivity[];
  related_alerts: RelatedAlert[];
  timeline: TimelineEntry[];
  facts: DerivedFact[];
  /** Sections whose query hit its size limit, so the lists are incomplete. */
  truncated: string[];
}
