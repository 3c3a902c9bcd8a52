import type { ChildProcess, ServerProcess } from '../../../common/api/evidence';
import { buildTimeline, type TimelineInput } from './timeline';

const ref = (id: string) => ({ id, index: 'index' });

const server: ServerProcess = {
  entity_id: 'server',
  pid: 10,
  name: 'php',
  executable: '/usr/bin/php',
  command_line: 'php -S 0.0.0.0:8000',
  args: ['php', '-S', '0.0.0.0:8000'],
  working_directory: '/var/www/html',
  user_name: 'root',
  user_id: '0',
  start: '2024-05-01T10:00:00.000Z',
  event: ref('server-exec'),
  group_name: 'root',
  parent: null,
  end: '2024-05-01T12:00:00.000Z',
  duration_ms: 7_200_000,
  end_event: ref('server-end'),
  exit_code: 0,
};

const child: ChildProcess = {
  ...server,
  entity_id: 'sh',
  name: 'sh',
  executable: '/bin/sh',
  command_line: `sh -c ${'x'.repeat(300)}`,
  start: '2024-05-01T10:30:00.000Z',
  event: ref('sh-exec'),
  parent_entity_id: 'server',
  is_shell: true,
  depth: 1,
};

const input: TimelineInput = {
  process: server,
  ancestry: [{ ...server, name: 'bash', start: '2024-05-01T09:00:00.000Z', event: ref('bash-exec') }],
  children: [child],
  clients: [
    {
      ip: '203.0.113.9',
      kind: 'public',
      connections: 3,
      first_seen: '2024-05-01T10:30:00.000Z',
      last_seen: '2024-05-01T11:00:00.000Z',
      source_ports: [1],
      events: [ref('c1'), ref('c2'), ref('c3')],
    },
    {
      ip: '127.0.0.1',
      kind: 'loopback',
      connections: 1,
      first_seen: '2024-05-01T10:10:00.000Z',
      last_seen: '2024-05-01T10:10:00.000Z',
      source_ports: [2],
      events: [ref('l1')],
    },
  ],
  outbound: [
    {
      destination_ip: '203.0.113.9',
      destination_port: 4444,
      kind: 'public',
      transport: 'tcp',
      process_name: 'sh',
      process_entity_id: 'sh',
      timestamp: '2024-05-01T10:31:00.000Z',
      event: ref('out'),
    },
  ],
  files: [
    {
      path: '/var/www/html/shell.php',
      name: 'shell.php',
      extension: 'php',
      action: 'creation',
      size: 10,
      timestamp: '2024-05-01T10:20:00.000Z',
      is_script: true,
      by_server: false,
      process_name: 'curl',
      process_entity_id: 'curl',
      event: ref('file'),
    },
  ],
  relatedAlerts: [
    {
      id: 'other-alert',
      index: 'alerts',
      timestamp: '2024-05-01T10:35:00.000Z',
      rule_name: 'Suspicious Child Execution via Web Server',
      rule_id: 'r',
      severity: 'high',
      risk_score: 73,
      host_name: 'cms-01',
      user_name: 'root',
      reason: null,
      same_host: true,
      same_user: true,
      workflow_status: 'open',
    },
  ],
};

describe('buildTimeline', () => {
  const timeline = buildTimeline(input);

  it('sorts entries by time, process first on ties', () => {
    expect(timeline.map((entry) => entry.event.id)).toEqual([
      'bash-exec',
      'server-exec',
      'l1',
      'file',
      'sh-exec',
      'c1',
      'out',
      'other-alert',
      'c3',
      'server-end',
    ]);
  });

  it('writes short summaries', () => {
    const summaries = timeline.map((entry) => entry.summary);
    expect(summaries).toContain('Server php started as root: php -S 0.0.0.0:8000');
    expect(summaries).toContain('Server php exited with code 0');
    expect(summaries).toContain('First connection from 203.0.113.9 (public)');
    expect(summaries).toContain('Last of 3 connections from 203.0.113.9 (public)');
    expect(summaries).toContain('sh attempted a connection to 203.0.113.9:4444 (public)');
    expect(summaries).toContain('curl created /var/www/html/shell.php (script)');
    expect(summaries).toContain('Alert Suspicious Child Execution via Web Server on cms-01 by root');
  });

  it('shortens long command lines', () => {
    const shellEntry = timeline.find((entry) => entry.event.id === 'sh-exec');
    expect(shellEntry?.summary.startsWith('Child shell sh started: sh -c xxx')).toBe(true);
    expect(shellEntry?.summary.length).toBeLessThan(200);
  });

  it('sets categories and actions', () => {
    const byId = new Map(timeline.map((entry) => [entry.event.id, entry]));
    expect(byId.get('server-end')?.action).toBe('end');
    expect(byId.get('c1')?.category).toBe('network');
    expect(byId.get('file')?.category).toBe('file');
    expect(byId.get('other-alert')?.category).toBe('alert');
  });

  it('is empty without evidence', () => {
    const empty = buildTimeline({
      process: null,
      ancestry: [],
      children: [],
      clients: [],
      outbound: [],
      files: [],
      relatedAlerts: [],
    });
    expect(empty).toEqual([]);
  });
});
