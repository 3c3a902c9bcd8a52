/**
 * Hand-built Elastic Defend events and detection alerts for the evidence unit tests, in the
 * shapes `docs/data_layout.md` describes: events nest ECS objects, alerts keep
 * `kibana.alert.*` as dotted top-level keys beside nested ECS objects.
 */
import type { SourceHit } from './source_hit';

export const HOST = 'web-01';
export const PROCESS_INDEX = '.ds-logs-endpoint.events.process-default-2024.05.01-000001';
export const NETWORK_INDEX = '.ds-logs-endpoint.events.network-default-2024.05.01-000001';
export const FILE_INDEX = '.ds-logs-endpoint.events.file-default-2024.05.01-000001';
export const ALERTS_INDEX = '.internal.alerts-security.alerts-default-000001';

export interface ProcessSpec {
  id: string;
  entityId: string;
  name: string;
  executable: string;
  args: string[];
  time: string;
  action?: 'exec' | 'fork' | 'end';
  parentEntityId?: string;
  parentExecutable?: string;
  ancestry?: string[];
  workingDirectory?: string;
  user?: { name: string; id: string };
  entryLeader?: Record<string, unknown>;
  exitCode?: number;
}

export function processEvent(spec: ProcessSpec): SourceHit {
  const action = spec.action ?? 'exec';
  return {
    id: spec.id,
    index: PROCESS_INDEX,
    source: {
      '@timestamp': spec.time,
      event: {
        action,
        kind: 'event',
        category: ['process'],
        type: [action === 'end' ? 'end' : 'start'],
      },
      host: { name: HOST, id: 'host-1' },
      user: spec.user ?? { name: 'www-data', id: '33' },
      group: { name: 'www-data', id: '33' },
      process: {
        entity_id: spec.entityId,
        pid: 4242,
        name: spec.name,
        executable: spec.executable,
        args: spec.args,
        command_line: spec.args.join(' '),
        working_directory: spec.workingDirectory ?? '/',
        start: spec.time,
        ...(action === 'end' ? { end: spec.time, exit_code: spec.exitCode ?? 0 } : {}),
        parent: {
          entity_id: spec.parentEntityId ?? 'parent',
          pid: 4000,
          name: 'bash',
          executable: spec.parentExecutable ?? '/usr/bin/bash',
        },
        entry_leader: spec.entryLeader ?? {
          entity_id: 'entry',
          name: 'sshd',
          executable: '/usr/sbin/sshd',
          start: '2024-05-01T08:00:00.000Z',
          user: { name: 'root', id: '0' },
          entry_meta: { type: 'sshd', source: { ip: '203.0.113.9' } },
        },
        Ext: { ancestry: spec.ancestry ?? [] },
      },
    },
  };
}

export function networkEvent(spec: {
  id: string;
  entityId: string;
  action: 'connection_accepted' | 'connection_attempted';
  time: string;
  sourceIp: string;
  destinationIp: string;
  destinationPort: number;
  processName?: string;
}): SourceHit {
  return {
    id: spec.id,
    index: NETWORK_INDEX,
    source: {
      '@timestamp': spec.time,
      event: { action: spec.action, kind: 'event', category: ['network'], type: ['start'] },
      host: { name: HOST },
      process: { entity_id: spec.entityId, name: spec.processName ?? 'python3' },
      source: { ip: spec.sourceIp, port: 50000 },
      destination: { ip: spec.destinationIp, port: spec.destinationPort },
      network: { transport: 'tcp' },
    },
  };
}

export function fileEvent(spec: {
  id: string;
  entityId: string;
  action: string;
  path: string;
  time: string;
  originalPath?: string;
}): SourceHit {
  const name = spec.path.split('/').pop() ?? spec.path;
  const extension = name.includes('.') ? name.split('.').pop() : undefined;
  return {
    id: spec.id,
    index: FILE_INDEX,
    source: {
      '@timestamp': spec.time,
      event: { action: spec.action, category: ['file'] },
      host: { name: HOST },
      process: { entity_id: spec.entityId, name: 'wget' },
      file: {
        path: spec.path,
        name,
        ...(extension === undefined ? {} : { extension }),
        size: 300,
        ...(spec.originalPath === undefined
          ? {}
          : { Ext: { original: { path: spec.originalPath } } }),
      },
    },
  };
}

/** Alert fields for the Connection rule; ECS fields follow the shell alert's shared subset. */
export function alertDocument(spec: {
  id: string;
  time: string;
  ancestors: Array<{ id: string; index: string; depth: number; type: string }>;
  groupId?: string;
  buildingBlock?: boolean;
  groupIndex?: number;
  ecs: Record<string, unknown>;
  ruleName?: string;
  userName?: string;
}): SourceHit {
  return {
    id: spec.id,
    index: ALERTS_INDEX,
    source: {
      '@timestamp': spec.time,
      'kibana.alert.uuid': spec.id,
      'kibana.alert.original_time': spec.time,
      'kibana.alert.rule.rule_id': '183f3cd2-4cc6-44c0-917c-c5d29ecdcf74',
      'kibana.alert.rule.uuid': 'rule-uuid',
      'kibana.alert.rule.name': spec.ruleName ?? 'Simple HTTP Web Server Connection',
      'kibana.alert.rule.version': '8',
      'kibana.alert.rule.threat': [
        {
          framework: 'MITRE ATT&CK',
          technique: [{ id: 'T1505', subtechnique: [{ id: 'T1505.003' }] }, { id: 'T1059' }],
        },
      ],
      'kibana.alert.severity': 'high',
      'kibana.alert.risk_score': 73,
      'kibana.alert.reason': 'process event with process python3 created high alert',
      'kibana.alert.workflow_status': 'open',
      'kibana.alert.ancestors': spec.ancestors,
      'kibana.space_ids': ['default'],
      ...(spec.groupId === undefined ? {} : { 'kibana.alert.group.id': spec.groupId }),
      ...(spec.groupIndex === undefined ? {} : { 'kibana.alert.group.index': spec.groupIndex }),
      ...(spec.buildingBlock ? { 'kibana.alert.building_block_type': 'default' } : {}),
      event: { kind: 'signal' },
      host: { name: HOST, id: 'host-1' },
      user: { name: spec.userName ?? 'www-data', id: '33' },
      ...spec.ecs,
    },
  };
}
