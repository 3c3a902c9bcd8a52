import type { EntryEvidence, ProcessSummary } from '../../../common/api/evidence';
import { detectLauncher } from './launcher';

function ancestor(name: string, executable: string, id = name): ProcessSummary {
  return {
    entity_id: id,
    pid: 1,
    name,
    executable,
    command_line: executable,
    args: [executable],
    working_directory: null,
    user_name: null,
    user_id: null,
    start: '2024-05-01T00:00:00.000Z',
    event: { id: `${id}-exec`, index: 'process-index' },
  };
}

function entry(type: string, executable = '/usr/sbin/sshd', sourceKind: 'public' | null = null) {
  const evidence: EntryEvidence = {
    type,
    source_ip: sourceKind === null ? null : '203.0.113.1',
    source_kind: sourceKind,
    user_name: 'root',
    process_name: null,
    executable,
    entity_id: 'entry',
    start: null,
    event: { id: 'entry-exec', index: 'process-index' },
  };
  return evidence;
}

const systemd = ancestor('systemd', '/usr/lib/systemd/systemd');
const bash = ancestor('bash', '/usr/bin/bash');

describe('detectLauncher', () => {
  it('detects systemd as the parent', () => {
    const result = detectLauncher({
      parentExecutable: '/lib/systemd/systemd',
      ancestry: [systemd],
      entry: entry('init', '/sbin/init'),
    });
    expect(result.launcher).toBe('systemd');
    expect(result.events).toEqual([{ id: 'systemd-exec', index: 'process-index' }]);
  });

  it('detects a web server ancestor', () => {
    const apache = ancestor('apache2', '/usr/sbin/apache2');
    const result = detectLauncher({
      parentExecutable: '/usr/bin/bash',
      ancestry: [bash, ancestor('sh', '/bin/sh'), apache, systemd],
      entry: entry('init', '/usr/lib/systemd/systemd'),
    });
    expect(result.launcher).toBe('web_server');
    expect(result.events).toEqual([{ id: 'apache2-exec', index: 'process-index' }]);
  });

  it.each([
    ['php-fpm8.2', '/usr/sbin/php-fpm8.2', 'web_server'],
    ['nginx', '/usr/sbin/nginx', 'web_server'],
    ['cron', '/usr/sbin/cron', 'cron'],
    ['crond', '/usr/sbin/crond', 'cron'],
    ['runc', '/usr/bin/runc', 'container_runtime'],
    ['containerd-shim-runc-v2', '/usr/bin/containerd-shim-runc-v2', 'container_runtime'],
    ['conmon', '/usr/bin/conmon', 'container_runtime'],
    ['sshd', '/usr/sbin/sshd', 'ssh'],
  ])('detects %s as %s', (name, executable, launcher) => {
    const result = detectLauncher({
      parentExecutable: null,
      ancestry: [bash, ancestor(name, executable), systemd],
      entry: null,
    });
    expect(result.launcher).toBe(launcher);
  });

  it('uses the closest matching ancestor', () => {
    const result = detectLauncher({
      parentExecutable: null,
      ancestry: [ancestor('cron', '/usr/sbin/cron'), ancestor('sshd', '/usr/sbin/sshd')],
      entry: null,
    });
    expect(result.launcher).toBe('cron');
  });

  it.each([
    ['sshd', 'ssh'],
    ['terminal', 'terminal'],
    ['container', 'container_runtime'],
    ['unknown', 'unknown'],
  ])('falls back to entry type %s', (type, launcher) => {
    const result = detectLauncher({ parentExecutable: null, ancestry: [bash], entry: entry(type) });
    expect(result.launcher).toBe(launcher);
  });

  it('treats init with a systemd ancestor as systemd', () => {
    const result = detectLauncher({
      parentExecutable: '/usr/bin/bash',
      ancestry: [bash, systemd],
      entry: entry('init', '/usr/bin/bash'),
    });
    expect(result.launcher).toBe('systemd');
    expect(result.events).toEqual([
      { id: 'entry-exec', index: 'process-index' },
      { id: 'systemd-exec', index: 'process-index' },
    ]);
  });

  it('returns unknown without evidence', () => {
    const result = detectLauncher({ parentExecutable: null, ancestry: [], entry: null });
    expect(result).toEqual({ launcher: 'unknown', events: [] });
  });
});
