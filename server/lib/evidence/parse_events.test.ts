import { parseFiles, parseOutbound } from './parse_events';
import { FILE_INDEX, fileEvent, NETWORK_INDEX, networkEvent } from './test_documents';

const processEntityIds = new Set(['server', 'child']);

describe('parseOutbound', () => {
  const attempt = (id: string, entityId: string, destinationIp: string, time: string) =>
    networkEvent({
      id,
      entityId,
      action: 'connection_attempted',
      time,
      sourceIp: '10.0.0.5',
      destinationIp,
      destinationPort: 4444,
      processName: 'sh',
    });

  const outbound = parseOutbound(
    [
      attempt('later', 'child', '10.0.0.1', '2024-05-01T10:05:00.000Z'),
      attempt('first', 'server', '203.0.113.5', '2024-05-01T10:01:00.000Z'),
      attempt('other', 'unrelated', '198.51.100.2', '2024-05-01T10:02:00.000Z'),
    ],
    processEntityIds
  );

  it('keeps the server and its children only', () => {
    expect(outbound.map((connection) => connection.event.id)).toEqual(['first', 'later']);
  });

  it('classifies destinations', () => {
    expect(outbound.map((connection) => connection.kind)).toEqual(['public', 'private']);
  });

  it('reads the connection fields', () => {
    expect(outbound[0]).toEqual({
      destination_ip: '203.0.113.5',
      destination_port: 4444,
      kind: 'public',
      transport: 'tcp',
      process_name: 'sh',
      process_entity_id: 'server',
      timestamp: '2024-05-01T10:01:00.000Z',
      event: { id: 'first', index: NETWORK_INDEX },
    });
  });
});

describe('parseFiles', () => {
  const hits = [
    fileEvent({
      id: 'script',
      entityId: 'wget',
      action: 'creation',
      path: '/dev/shm/cgi-bin/run.sh',
      time: '2024-05-01T09:58:00.000Z',
    }),
    fileEvent({
      id: 'elsewhere',
      entityId: 'wget',
      action: 'creation',
      path: '/etc/cron.d/x',
      time: '2024-05-01T09:59:00.000Z',
    }),
    fileEvent({
      id: 'by-child',
      entityId: 'child',
      action: 'creation',
      path: '/tmp/out.txt',
      time: '2024-05-01T10:03:00.000Z',
    }),
    fileEvent({
      id: 'moved-out',
      entityId: 'mv',
      action: 'rename',
      path: '/var/tmp/hidden',
      originalPath: '/dev/shm/index.html',
      time: '2024-05-01T10:04:00.000Z',
    }),
  ];
  const files = parseFiles(hits, { servedDirectory: '/dev/shm', processEntityIds });

  it('keeps served-directory and server files', () => {
    expect(files.map((file) => file.event.id)).toEqual(['script', 'by-child', 'moved-out']);
  });

  it('marks scripts and server writes', () => {
    expect(files.map((file) => file.is_script)).toEqual([true, false, false]);
    expect(files.map((file) => file.by_server)).toEqual([false, true, false]);
  });

  it('reads the file fields', () => {
    expect(files[0]).toEqual({
      path: '/dev/shm/cgi-bin/run.sh',
      name: 'run.sh',
      extension: 'sh',
      action: 'creation',
      size: 300,
      timestamp: '2024-05-01T09:58:00.000Z',
      is_script: true,
      by_server: false,
      process_name: 'wget',
      process_entity_id: 'wget',
      event: { id: 'script', index: FILE_INDEX },
    });
  });

  it('keeps only server files without a directory', () => {
    const withoutDirectory = parseFiles(hits, { servedDirectory: null, processEntityIds });
    expect(withoutDirectory.map((file) => file.event.id)).toEqual(['by-child']);
  });
});
