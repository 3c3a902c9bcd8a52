import type {
  ChildProcess,
  ClientGroup,
  DerivedFact,
  FactId,
  FileActivity,
  ProcessSummary,
} from '../../../common/api/evidence';
import { FACT_IDS } from '../../../common/api/evidence';
import { readServerCommandLine } from './command_line';
import { deriveFacts, type FactInput } from './derive_facts';

const serverRef = { id: 'server-exec', index: 'process-index' };

const server: ProcessSummary & { event: typeof serverRef } = {
  entity_id: 'server',
  pid: 10,
  name: 'python3',
  executable: '/usr/bin/python3',
  command_line: 'python3 -m http.server',
  args: ['python3', '-m', 'http.server'],
  working_directory: '/home/dev/site',
  user_name: 'dev',
  user_id: '1000',
  start: '2024-05-01T10:00:00.000Z',
  event: serverRef,
};

function client(ip: string, kind: ClientGroup['kind'], id: string): ClientGroup {
  return {
    ip,
    kind,
    connections: 2,
    first_seen: '2024-05-01T10:01:00.000Z',
    last_seen: '2024-05-01T10:02:00.000Z',
    source_ports: [50000],
    events: [
      { id, index: 'net' },
      { id: `${id}-last`, index: 'net' },
    ],
  };
}

function input(overrides: Partial<FactInput> = {}): FactInput {
  return {
    server,
    parentExecutable: '/usr/bin/bash',
    commandLine: readServerCommandLine({
      args: server.args,
      commandLine: null,
      workingDirectory: server.working_directory,
    }),
    ancestry: [],
    entry: null,
    clients: [client('127.0.0.1', 'loopback', 'local')],
    listeningPorts: [],
    listeningAddresses: [],
    children: [],
    files: [],
    outbound: [],
    ...overrides,
  };
}

function factOf(facts: DerivedFact[], id: FactId): DerivedFact {
  const fact = facts.find((candidate) => candidate.id === id);
  if (fact === undefined) throw new Error(`missing fact ${id}`);
  return fact;
}

describe('deriveFacts for a developer server', () => {
  const facts = deriveFacts(input());

  it('lists every fact in order', () => {
    expect(facts.map((fact) => fact.id)).toEqual([...FACT_IDS]);
  });

  it('marks nothing concerning', () => {
    expect(facts.filter((fact) => fact.concerning).map((fact) => fact.id)).toEqual([]);
  });

  it.each<[FactId, unknown]>([
    ['listening_address', '0.0.0.0'],
    ['listening_port', 8000],
    ['cgi_enabled', false],
    ['served_directory', '/home/dev/site'],
    ['served_directory_kind', 'home'],
    ['started_by_root', false],
    ['launched_by', 'unknown'],
    ['public_clients', 0],
    ['shell_children', 0],
    ['scripts_in_served_directory', 0],
    ['outbound_public_connections', 0],
  ])('derives %s', (id, value) => {
    expect(factOf(facts, id).value).toBe(value);
  });

  it('cites the server for command-line facts', () => {
    for (const id of ['listening_port', 'cgi_enabled', 'served_directory', 'started_by_root'] as const) {
      expect(factOf(facts, id).events).toEqual([serverRef]);
    }
  });
});

describe('deriveFacts for concerning values', () => {
  const shell: ChildProcess = {
    ...server,
    entity_id: 'sh',
    name: 'sh',
    executable: '/bin/sh',
    event: { id: 'sh-exec', index: 'process-index' },
    parent_entity_id: 'server',
    is_shell: true,
    depth: 1,
  };
  const script = (path: string, action: string, id: string): FileActivity => ({
    path,
    name: null,
    extension: null,
    action,
    size: null,
    timestamp: '2024-05-01T10:00:00.000Z',
    is_script: true,
    by_server: false,
    process_name: 'wget',
    process_entity_id: 'wget',
    event: { id, index: 'file-index' },
  });
  const facts = deriveFacts(
    input({
      server: { ...server, user_id: '0', user_name: 'root' },
      commandLine: readServerCommandLine({
        args: ['python3', '-m', 'http.server', '--cgi'],
        commandLine: null,
        workingDirectory: '/tmp/x',
      }),
      clients: [client('127.0.0.1', 'loopback', 'local'), client('203.0.113.4', 'public', 'far')],
      children: [shell],
      files: [
        script('/tmp/x/cgi-bin/a.sh', 'creation', 'file-1'),
        script('/tmp/x/cgi-bin/a.sh', 'modification', 'file-2'),
        script('/tmp/x/b.php', 'deletion', 'file-3'),
        script('/etc/c.sh', 'creation', 'file-4'),
      ],
      outbound: [
        {
          destination_ip: '203.0.113.4',
          destination_port: 4444,
          kind: 'public',
          transport: 'tcp',
          process_name: 'sh',
          process_entity_id: 'sh',
          timestamp: '2024-05-01T10:05:00.000Z',
          event: { id: 'out-1', index: 'net' },
        },
      ],
      entry: {
        type: 'sshd',
        source_ip: '203.0.113.4',
        source_kind: 'public',
        user_name: 'root',
        process_name: 'sshd',
        executable: '/usr/sbin/sshd',
        entity_id: 'entry',
        start: null,
        event: { id: 'entry-exec', index: 'process-index' },
      },
    })
  );

  it.each<[FactId, unknown]>([
    ['cgi_enabled', true],
    ['served_directory_kind', 'temporary'],
    ['started_by_root', true],
    ['launched_by', 'ssh'],
    ['public_clients', 1],
    ['shell_children', 1],
    ['scripts_in_served_directory', 1],
    ['outbound_public_connections', 1],
  ])('marks %s concerning', (id, value) => {
    const fact = factOf(facts, id);
    expect(fact.value).toBe(value);
    expect(fact.concerning).toBe(true);
  });

  it('cites the supporting events', () => {
    expect(factOf(facts, 'public_clients').events).toEqual([{ id: 'far', index: 'net' }]);
    expect(factOf(facts, 'shell_children').events).toEqual([{ id: 'sh-exec', index: 'process-index' }]);
    expect(factOf(facts, 'scripts_in_served_directory').events.map((ref) => ref.id)).toEqual([
      'file-1',
      'file-2',
    ]);
    expect(factOf(facts, 'outbound_public_connections').events).toEqual([{ id: 'out-1', index: 'net' }]);
    expect(factOf(facts, 'launched_by').events).toEqual([
      serverRef,
      { id: 'entry-exec', index: 'process-index' },
    ]);
  });

  it('does not flag ssh from a private address', () => {
    const privateEntry = deriveFacts(
      input({
        entry: {
          type: 'sshd',
          source_ip: '10.0.0.2',
          source_kind: 'private',
          user_name: 'dev',
          process_name: 'sshd',
          executable: '/usr/sbin/sshd',
          entity_id: 'entry',
          start: null,
          event: null,
        },
      })
    );
    expect(factOf(privateEntry, 'launched_by').value).toBe('ssh');
    expect(factOf(privateEntry, 'launched_by').concerning).toBe(false);
  });
});

describe('deriveFacts listening port', () => {
  const listener = (value: number, connections: number, id: string) => ({
    value,
    connections,
    events: [{ id, index: 'net' }],
  });

  it('confirms the command-line port with connections', () => {
    const facts = deriveFacts(input({ listeningPorts: [listener(8000, 3, 'c1')] }));
    expect(factOf(facts, 'listening_port').value).toBe(8000);
    expect(factOf(facts, 'listening_port').events).toEqual([serverRef, { id: 'c1', index: 'net' }]);
  });

  it('prefers the observed port when they differ', () => {
    const facts = deriveFacts(
      input({ listeningPorts: [listener(9000, 1, 'c1'), listener(9001, 5, 'c2')] })
    );
    expect(factOf(facts, 'listening_port').value).toBe(9001);
    expect(factOf(facts, 'listening_port').events).toEqual([{ id: 'c2', index: 'net' }]);
  });
});

describe('deriveFacts without data', () => {
  const facts = deriveFacts(
    input({
      server: { ...server, user_id: null, user_name: null },
      commandLine: readServerCommandLine({ args: [], commandLine: null, workingDirectory: null }),
      clients: [],
    })
  );

  it('returns null for unknown values', () => {
    expect(factOf(facts, 'started_by_root').value).toBeNull();
    expect(factOf(facts, 'served_directory').value).toBeNull();
    expect(factOf(facts, 'served_directory_kind').value).toBeNull();
    expect(factOf(facts, 'scripts_in_served_directory').value).toBeNull();
    expect(factOf(facts, 'listening_port').value).toBeNull();
  });

  it('marks nothing concerning', () => {
    expect(facts.some((fact) => fact.concerning)).toBe(false);
  });
});
