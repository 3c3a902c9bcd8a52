import type { EventStream, ProcessRecord, ProcessRef, UserAccount } from './types';

/** Elastic Defend agent version written on generated events. */
export const AGENT_VERSION = '9.0.3';
export const ECS_VERSION = '8.11.0';

export interface OsProfile {
  name: string;
  family: string;
  platform: string;
  version: string;
  full: string;
  kernel: string;
}

/** A generated Linux host with its Elastic Defend agent. */
export interface HostProfile {
  name: string;
  id: string;
  ip: string[];
  os: OsProfile;
  agentId: string;
  scenario: string;
}

export const UBUNTU_2204: OsProfile = {
  name: 'Ubuntu',
  family: 'ubuntu',
  platform: 'ubuntu',
  version: '22.04.4',
  full: 'Ubuntu 22.04.4',
  kernel: '5.15.0-107-generic #117-Ubuntu SMP',
};

export const DEBIAN_12: OsProfile = {
  name: 'Debian GNU/Linux',
  family: 'debian',
  platform: 'debian',
  version: '12',
  full: 'Debian GNU/Linux 12',
  kernel: '6.1.0-21-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1',
};

export const CENTOS_7: OsProfile = {
  name: 'CentOS Linux',
  family: 'rhel',
  platform: 'centos',
  version: '7.9.2009',
  full: 'CentOS Linux 7.9.2009',
  kernel: '3.10.0-1160.119.1.el7.x86_64 #1 SMP',
};

export interface EventHeader {
  host: HostProfile;
  stream: EventStream;
  action: string;
  type: string[];
  timestampMs: number;
  /** Delay between the event and its ingestion into the cluster, in milliseconds. */
  ingestDelayMs: number;
  eventId: string;
  sequence: number;
  user: UserAccount;
  message: string;
}

/** Builds the fields every Elastic Defend event carries: time, `event`, host, agent, user. */
export function eventBase(header: EventHeader): Record<string, unknown> {
  const { host, stream, user } = header;
  const dataset = `endpoint.events.${stream}`;
  return {
    '@timestamp': new Date(header.timestampMs).toISOString(),
    message: header.message,
    agent: { id: host.agentId, type: 'endpoint', version: AGENT_VERSION },
    data_stream: { type: 'logs', dataset, namespace: 'default' },
    ecs: { version: ECS_VERSION },
    elastic: { agent: { id: host.agentId } },
    event: {
      id: header.eventId,
      kind: 'event',
      category: [stream],
      type: header.type,
      action: header.action,
      dataset,
      module: 'endpoint',
      sequence: header.sequence,
      created: new Date(header.timestampMs).toISOString(),
      ingested: new Date(header.timestampMs + header.ingestDelayMs).toISOString(),
    },
    host: {
      name: host.name,
      hostname: host.name,
      id: host.id,
      architecture: 'x86_64',
      ip: host.ip,
      os: { type: 'linux', ...host.os, Ext: { variant: host.os.name } },
    },
    user: { name: user.name, id: user.id },
    group: { name: user.group.name, id: user.group.id },
    // SAMPLE_SCENARIO_FIELD (`labels.scenario`) marks which scenario wrote the document.
    labels: { scenario: host.scenario },
  };
}

function refFields(ref: ProcessRef): Record<string, unknown> {
  return {
    entity_id: ref.entityId,
    pid: ref.pid,
    name: ref.name,
    executable: ref.executable,
    args: ref.args,
    args_count: ref.args.length,
    command_line: ref.commandLine,
    start: new Date(ref.startMs).toISOString(),
  };
}

/** Builds the full `process` object of a process event (exec, fork, end). */
export function processObject(record: ProcessRecord): Record<string, unknown> {
  const entryLeader: Record<string, unknown> = {
    ...refFields(record.entryLeader),
    user: { name: record.entryLeader.user.name, id: record.entryLeader.user.id },
    entry_meta: {
      type: record.entryType,
      ...(record.entrySourceIp === null ? {} : { source: { ip: record.entrySourceIp } }),
    },
  };
  return {
    ...refFields(record),
    working_directory: record.workingDirectory,
    interactive: record.interactive,
    ...(record.parent === null ? {} : { parent: refFields(record.parent) }),
    session_leader: refFields(record.sessionLeader),
    entry_leader: entryLeader,
    Ext: { ancestry: record.ancestry },
  };
}

/** Builds the short `process` object of network and file events. */
export function slimProcessObject(record: ProcessRef): Record<string, unknown> {
  return {
    entity_id: record.entityId,
    pid: record.pid,
    name: record.name,
    executable: record.executable,
    command_line: record.commandLine,
  };
}
