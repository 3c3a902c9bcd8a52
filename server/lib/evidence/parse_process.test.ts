import { parseServerProcess, readProcessSummary, selectServerSource } from './parse_process';
import { alertDocument, processEvent, PROCESS_INDEX } from './test_documents';

const spec = {
  entityId: 'server',
  name: 'python3',
  executable: '/usr/bin/python3',
  args: ['python3', '-m', 'http.server', '--cgi', '8080'],
  workingDirectory: '/dev/shm',
  parentEntityId: 'bash',
};
const exec = processEvent({ ...spec, id: 'exec-1', time: '2024-05-01T10:00:00.000Z' });
const laterExec = processEvent({ ...spec, id: 'exec-2', time: '2024-05-01T10:00:05.000Z' });
const fork = processEvent({ ...spec, id: 'fork-1', action: 'fork', time: '2024-05-01T09:59:59Z' });
const end = processEvent({
  ...spec,
  id: 'end-1',
  action: 'end',
  exitCode: 130,
  time: '2024-05-01T12:00:00.000Z',
});
const alert = alertDocument({ id: 'alert', time: '2024-05-01T10:00:00.000Z', ancestors: [], ecs: {} });
const processBlock = alertDocument({
  id: 'bb-0',
  time: '2024-05-01T10:00:00.000Z',
  ancestors: [],
  groupIndex: 0,
  buildingBlock: true,
  ecs: {},
});

describe('selectServerSource', () => {
  it('prefers the exec event named by the alert', () => {
    const selected = selectServerSource({
      serverHits: [exec, laterExec, fork],
      buildingBlocks: [processBlock],
      alert,
      execEventId: 'exec-2',
    });
    expect(selected.id).toBe('exec-2');
  });

  it('falls back to the earliest exec', () => {
    const selected = selectServerSource({
      serverHits: [laterExec, exec],
      buildingBlocks: [],
      alert,
      execEventId: 'other',
    });
    expect(selected.id).toBe('exec-1');
  });

  it('falls back to the process building block', () => {
    const selected = selectServerSource({
      serverHits: [fork],
      buildingBlocks: [processBlock],
      alert,
      execEventId: null,
    });
    expect(selected.id).toBe('bb-0');
  });

  it('falls back to the alert', () => {
    const selected = selectServerSource({
      serverHits: [],
      buildingBlocks: [],
      alert,
      execEventId: null,
    });
    expect(selected.id).toBe('alert');
  });
});

describe('parseServerProcess', () => {
  it('reads start, end, duration and exit code', () => {
    const server = parseServerProcess(exec, [exec, end], null);
    expect(server.start).toBe('2024-05-01T10:00:00.000Z');
    expect(server.end).toBe('2024-05-01T12:00:00.000Z');
    expect(server.duration_ms).toBe(2 * 60 * 60 * 1000);
    expect(server.exit_code).toBe(130);
    expect(server.end_event).toEqual({ id: 'end-1', index: PROCESS_INDEX });
    expect(server.event).toEqual({ id: 'exec-1', index: PROCESS_INDEX });
  });

  it('reads the process fields', () => {
    const server = parseServerProcess(exec, [exec], null);
    expect(server.args).toEqual(spec.args);
    expect(server.working_directory).toBe('/dev/shm');
    expect(server.user_name).toBe('www-data');
    expect(server.user_id).toBe('33');
    expect(server.group_name).toBe('www-data');
    expect(server.end).toBeNull();
    expect(server.duration_ms).toBeNull();
  });

  it('uses the parent exec event when found', () => {
    const parent = processEvent({
      id: 'bash-exec',
      entityId: 'bash',
      name: 'bash',
      executable: '/usr/bin/bash',
      args: ['bash', '-i'],
      time: '2024-05-01T09:00:00.000Z',
    });
    const server = parseServerProcess(exec, [exec], parent);
    expect(server.parent?.event).toEqual({ id: 'bash-exec', index: PROCESS_INDEX });
    expect(server.parent?.args).toEqual(['bash', '-i']);
  });

  it('uses the embedded parent otherwise', () => {
    const server = parseServerProcess(exec, [exec], null);
    expect(server.parent?.entity_id).toBe('bash');
    expect(server.parent?.event).toBeNull();
    expect(server.parent?.user_name).toBeNull();
  });
});

describe('readProcessSummary', () => {
  it('reads dotted alert keys', () => {
    const summary = readProcessSummary({ 'process.entity_id': 'x', 'process.name': 'php' }, null);
    expect(summary.entity_id).toBe('x');
    expect(summary.name).toBe('php');
    expect(summary.args).toEqual([]);
  });
});
