import { indexStartsByEntityId, parseAncestry, parseChildren, parseEntry } from './parse_lineage';
import { processEvent, PROCESS_INDEX } from './test_documents';

const server = processEvent({
  id: 'server-exec',
  entityId: 'server',
  name: 'python3',
  executable: '/usr/bin/python3',
  args: ['python3', '-m', 'http.server'],
  time: '2024-05-01T10:00:00.000Z',
  parentEntityId: 'bash',
  ancestry: ['bash', 'sshd-session', 'sshd'],
});

const ancestorEvents = [
  processEvent({
    id: 'sshd-exec',
    entityId: 'sshd',
    name: 'sshd',
    executable: '/usr/sbin/sshd',
    args: ['/usr/sbin/sshd', '-D'],
    time: '2024-04-29T00:00:00.000Z',
  }),
  processEvent({
    id: 'bash-exec',
    entityId: 'bash',
    name: 'bash',
    executable: '/usr/bin/bash',
    args: ['-bash'],
    time: '2024-05-01T09:00:00.000Z',
  }),
  processEvent({
    id: 'entry-exec',
    entityId: 'entry',
    name: 'sshd',
    executable: '/usr/sbin/sshd',
    args: ['sshd: root@pts/0'],
    time: '2024-05-01T08:00:00.000Z',
  }),
];

describe('parseAncestry', () => {
  it('orders ancestors closest first and skips missing ones', () => {
    const execs = indexStartsByEntityId(ancestorEvents);
    const ancestry = parseAncestry(['bash', 'sshd-session', 'sshd'], execs);
    expect(ancestry.map((process) => process.entity_id)).toEqual(['bash', 'sshd']);
    expect(ancestry[0].event).toEqual({ id: 'bash-exec', index: PROCESS_INDEX });
  });
});

describe('indexStartsByEntityId', () => {
  it('keeps the latest exec of an entity', () => {
    const common = { entityId: 'e', executable: '/bin/sh', args: [] };
    const first = processEvent({ ...common, id: 'one', name: 'sh', time: '2024-05-01T10:00:00Z' });
    const second = processEvent({ ...common, id: 'two', name: 'id', time: '2024-05-01T10:00:01Z' });
    expect(indexStartsByEntityId([second, first]).get('e')?.id).toBe('two');
  });
});

describe('parseEntry', () => {
  it('reads the entry leader with its exec event', () => {
    const entry = parseEntry(server, indexStartsByEntityId(ancestorEvents));
    expect(entry).toEqual({
      type: 'sshd',
      source_ip: '203.0.113.9',
      source_kind: 'public',
      user_name: 'root',
      process_name: 'sshd',
      executable: '/usr/sbin/sshd',
      entity_id: 'entry',
      start: '2024-05-01T08:00:00.000Z',
      event: { id: 'entry-exec', index: PROCESS_INDEX },
    });
  });

  it('returns null without an entry leader', () => {
    const bare = { ...server, source: { process: { entity_id: 'server' } } };
    expect(parseEntry(bare, new Map())).toBeNull();
  });

  it('leaves the event null when the exec is missing', () => {
    expect(parseEntry(server, new Map())?.event).toBeNull();
  });
});

describe('parseChildren', () => {
  const child = (id: string, name: string, parent: string, ancestry: string[], time: string) =>
    processEvent({
      id,
      entityId: `${id}-entity`,
      name,
      executable: `/bin/${name}`,
      args: [name],
      time,
      parentEntityId: parent,
      ancestry,
    });

  const hits = [
    child('grandchild', 'id', 'sh-entity', ['sh-entity', 'server', 'bash'], '2024-05-01T10:02:00Z'),
    child('sh', 'sh', 'server', ['server', 'bash'], '2024-05-01T10:01:00Z'),
    child('py', 'python3', 'server', ['server', 'bash'], '2024-05-01T10:03:00Z'),
  ];
  const children = parseChildren([...hits, server], 'server');

  it('orders children by start', () => {
    expect(children.map((process) => process.name)).toEqual(['sh', 'id', 'python3']);
  });

  it('computes depth from the ancestry', () => {
    expect(children.map((process) => process.depth)).toEqual([1, 2, 1]);
  });

  it('marks shells', () => {
    expect(children.map((process) => process.is_shell)).toEqual([true, false, false]);
  });

  it('skips the server itself', () => {
    expect(children.map((process) => process.entity_id)).not.toContain('server');
  });

  it('keeps parent ids and event refs', () => {
    expect(children[1].parent_entity_id).toBe('sh-entity');
    expect(children[1].event).toEqual({ id: 'grandchild', index: PROCESS_INDEX });
  });

  it('recognises a shell by its executable', () => {
    const withoutName = {
      id: 'bb',
      index: PROCESS_INDEX,
      source: {
        '@timestamp': '2024-05-01T10:00:00.000Z',
        process: { entity_id: 'bb', executable: '/bin/busybox', parent: { entity_id: 'server' } },
      },
    };
    expect(parseChildren([withoutName], 'server')[0].is_shell).toBe(true);
  });
});
