/**
 * A hand-built backdoor for the evidence tests: an Apache worker's reverse shell starts
 * `python3 -m http.server --cgi 8080` in /dev/shm after dropping scripts into
 * /dev/shm/cgi-bin, a CGI request runs /bin/sh, and the shell calls back to a public address.
 */
import type { SourceHit } from './source_hit';
import {
  ALERTS_INDEX,
  alertDocument,
  fileEvent,
  NETWORK_INDEX,
  networkEvent,
  processEvent,
  PROCESS_INDEX,
} from './test_documents';

export const T0 = Date.parse('2024-05-01T10:00:00.000Z');
export const at = (offsetMs: number) => new Date(T0 + offsetMs).toISOString();
const MINUTE = 60_000;

export const ATTACKER = '203.0.113.50';
const ROOT = { name: 'root', id: '0' };
const SERVICE_ENTRY = {
  entity_id: 'systemd',
  name: 'systemd',
  executable: '/usr/lib/systemd/systemd',
  entry_meta: { type: 'init' },
};
const ANCESTRY = ['shell', 'dropper', 'worker', 'apache', 'systemd'];

const serverSpec = {
  entityId: 'server',
  name: 'python3.11',
  executable: '/usr/bin/python3.11',
  args: ['python3', '-m', 'http.server', '--cgi', '8080'],
  workingDirectory: '/dev/shm',
  parentEntityId: 'shell',
  parentExecutable: '/usr/bin/bash',
  ancestry: ANCESTRY,
  entryLeader: SERVICE_ENTRY,
};

export const serverExec = processEvent({ ...serverSpec, id: 'server-exec', time: at(0) });
const serverEnd = processEvent({
  ...serverSpec,
  id: 'server-end',
  action: 'end',
  time: at(180 * MINUTE),
});

/** Builds a start event of a process in the Apache service's session. */
function start(
  id: string,
  entityId: string,
  args: string[],
  time: string,
  lineage: { parent?: string; ancestry?: string[]; action?: 'fork'; user?: typeof ROOT } = {}
): SourceHit {
  const executable = args[0].startsWith('/') ? args[0] : `/usr/bin/${args[0]}`;
  return processEvent({
    id,
    entityId,
    name: executable.slice(executable.lastIndexOf('/') + 1),
    executable,
    args,
    time,
    action: lineage.action,
    user: lineage.user,
    parentEntityId: lineage.parent,
    ancestry: lineage.ancestry,
    entryLeader: SERVICE_ENTRY,
  });
}

export const ancestorStarts: SourceHit[] = [
  start('systemd-exec', 'systemd', ['/usr/lib/systemd/systemd'], at(-600 * MINUTE), {
    user: ROOT,
  }),
  start('apache-exec', 'apache', ['/usr/sbin/apache2', '-k', 'start'], at(-540 * MINUTE), {
    parent: 'systemd',
    ancestry: ['systemd'],
    user: ROOT,
  }),
  start('worker-fork', 'worker', ['/usr/sbin/apache2', '-k', 'start'], at(-60 * MINUTE), {
    parent: 'apache',
    ancestry: ['apache', 'systemd'],
    action: 'fork',
  }),
  start('dropper-exec', 'dropper', ['/bin/sh', '-c', 'bash -i'], at(-10 * MINUTE), {
    parent: 'worker',
    ancestry: ['worker', 'apache', 'systemd'],
  }),
  start('shell-exec', 'shell', ['bash', '-i'], at(-10 * MINUTE + 200), {
    parent: 'dropper',
    ancestry: ['dropper', 'worker', 'apache', 'systemd'],
  }),
];

export const childStarts: SourceHit[] = [
  start('cgi-exec', 'cgi', ['/bin/sh', '/dev/shm/cgi-bin/run.sh'], at(10 * MINUTE), {
    parent: 'server',
    ancestry: ['server', ...ANCESTRY],
  }),
  start('id-exec', 'id', ['id'], at(10 * MINUTE + 1000), {
    parent: 'cgi',
    ancestry: ['cgi', 'server', ...ANCESTRY],
  }),
];

const attempt = (id: string, entityId: string, port: number, time: string, name: string) =>
  networkEvent({
    id,
    entityId,
    action: 'connection_attempted',
    time,
    sourceIp: '10.10.1.21',
    destinationIp: ATTACKER,
    destinationPort: port,
    processName: name,
  });

export const outboundAttempts: SourceHit[] = [
  attempt('callback', 'cgi', 4444, at(10 * MINUTE + 3000), 'sh'),
  attempt('reverse-shell', 'shell', 443, at(-10 * MINUTE + 250), 'bash'),
];

const created = (id: string, entityId: string, path: string, time: string) =>
  fileEvent({ id, entityId, action: 'creation', path, time });

export const fileEvents: SourceHit[] = [
  created('run-sh', 'wget', '/dev/shm/cgi-bin/run.sh', at(-3 * MINUTE)),
  created('cmd-py', 'shell', '/dev/shm/cgi-bin/cmd.py', at(-2 * MINUTE)),
  created('unrelated', 'logrotate', '/var/log/syslog.1', at(-1 * MINUTE)),
];

const groupAncestors = [
  { id: 'server-exec', index: PROCESS_INDEX, depth: 0, type: 'event' },
  { id: 'accept-1', index: NETWORK_INDEX, depth: 0, type: 'event' },
  { id: 'bb-0', index: ALERTS_INDEX, depth: 1, type: 'signal' },
  { id: 'bb-1', index: ALERTS_INDEX, depth: 1, type: 'signal' },
];

export const shellAlert = alertDocument({
  id: 'shell-alert',
  time: at(30_000),
  groupId: 'group-1',
  ancestors: groupAncestors,
  ecs: {
    process: {
      entity_id: 'server',
      name: 'python3.11',
      executable: '/usr/bin/python3.11',
      command_line: 'python3 -m http.server --cgi 8080',
    },
  },
});

const buildingBlock = (groupIndex: number, ecs: Record<string, unknown>) =>
  alertDocument({
    id: `bb-${groupIndex}`,
    time: at(groupIndex * 30_000),
    groupId: 'group-1',
    groupIndex,
    buildingBlock: true,
    ancestors: [groupAncestors[groupIndex]],
    ecs,
  });

export const buildingBlocks: SourceHit[] = [
  buildingBlock(0, { process: (serverExec.source as { process: unknown }).process }),
  buildingBlock(1, {}),
];

export const relatedAlerts: SourceHit[] = [
  alertDocument({
    id: 'child-alert',
    time: at(11 * MINUTE),
    ancestors: [],
    ruleName: 'Suspicious Child Execution via Web Server',
    ecs: {},
  }),
];

const ref = (id: string) => ({ _id: id, _index: NETWORK_INDEX });

/** The aggregation response for the accepted connections of the backdoor. */
export const clientAggregations = {
  clients: {
    sum_other_doc_count: 0,
    buckets: [
      {
        key: ATTACKER,
        doc_count: 3,
        first_seen: { value: T0 + 30_000 },
        last_seen: { value: T0 + 40 * MINUTE },
        source_ports: { sum_other_doc_count: 0, buckets: [{ key: 41000, doc_count: 3 }] },
        first_events: { hits: { hits: [ref('accept-1'), ref('accept-2'), ref('accept-3')] } },
        last_event: { hits: { hits: [ref('accept-3')] } },
      },
      {
        key: '2001:db8:1::5',
        doc_count: 1,
        first_seen: { value: T0 + 20 * MINUTE },
        last_seen: { value: T0 + 20 * MINUTE },
        source_ports: { sum_other_doc_count: 0, buckets: [{ key: 42000, doc_count: 1 }] },
        first_events: { hits: { hits: [ref('accept-4')] } },
        last_event: { hits: { hits: [ref('accept-4')] } },
      },
    ],
  },
  listening_ports: {
    buckets: [{ key: 8080, doc_count: 4, events: { hits: { hits: [ref('accept-1')] } } }],
  },
  listening_addresses: { buckets: [{ key: '10.10.1.21', doc_count: 4 }] },
};

/** The hits of each hit-based section. */
export const sectionHits = {
  building_blocks: buildingBlocks,
  server_process: [serverExec, serverEnd],
  ancestry: ancestorStarts,
  children: childStarts,
  outbound: outboundAttempts,
  files: fileEvents,
  related_alerts: relatedAlerts,
};
