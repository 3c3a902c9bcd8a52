import { ROOT, type HostActivity } from './host_activity';
import { SECOND } from './scenario_context';
import type { ProcessRecord, UserAccount } from './types';

/**
 * Starts a daemon as a direct child of init: its own entry and session leader. Returns the
 * running daemon instead when one with the same executable was started before.
 */
export function startService(
  host: HostActivity,
  executable: string,
  args: string[],
  atMs: number,
  user: UserAccount = ROOT
): ProcessRecord {
  const running = host.services.get(executable);
  if (running !== undefined) {
    return running;
  }
  const service = host.exec(
    host.init,
    {
      executable,
      args,
      user,
      workingDirectory: '/',
      interactive: false,
      entry: { type: 'init' },
      sessionLeader: true,
    },
    atMs
  );
  host.services.set(executable, service);
  return service;
}

/** Starts the OpenSSH listener (`sshd -D`) at boot. */
export const startSshd = (host: HostActivity, atMs: number): ProcessRecord =>
  startService(host, '/usr/sbin/sshd', ['/usr/sbin/sshd', '-D'], atMs);

/**
 * Logs a user in over SSH: the listener accepts the connection on port 22, re-executes
 * itself for the session (the entry leader, `entry_meta.type` sshd with the client's
 * address) and starts the user's login shell. Returns the login shell.
 */
export function sshLogin(
  host: HostActivity,
  listener: ProcessRecord,
  user: UserAccount,
  sourceIp: string,
  atMs: number
): ProcessRecord {
  host.accept(listener, sourceIp, 22, atMs, host.random.int(10, 60) * 60 * SECOND);
  const session = host.exec(
    listener,
    {
      executable: '/usr/sbin/sshd',
      args: ['/usr/sbin/sshd', '-D', '-R'],
      user: ROOT,
      entry: { type: 'sshd', sourceIp },
      sessionLeader: true,
    },
    atMs + host.random.int(50, 400)
  );
  return host.exec(
    session,
    {
      executable: '/usr/bin/bash',
      args: ['-bash'],
      name: 'bash',
      user,
      workingDirectory: user.name === 'root' ? '/root' : `/home/${user.name}`,
      interactive: true,
      sessionLeader: true,
    },
    atMs + host.random.int(1, 3) * SECOND
  );
}

const TERMINAL_SERVER = '/usr/libexec/gnome-terminal-server';

/**
 * Opens a terminal in a desktop session: the user's systemd instance starts
 * gnome-terminal-server, which starts bash, the entry leader (`entry_meta.type` terminal).
 * Returns that bash.
 */
export function terminalLogin(
  host: HostActivity,
  user: UserAccount,
  atMs: number,
  workingDirectory = `/home/${user.name}`
): ProcessRecord {
  const userManager = host.exec(
    host.init,
    {
      executable: '/usr/lib/systemd/systemd',
      args: ['/usr/lib/systemd/systemd', '--user'],
      user,
      workingDirectory: `/home/${user.name}`,
      sessionLeader: true,
    },
    atMs
  );
  const terminal = host.exec(
    userManager,
    { executable: TERMINAL_SERVER, args: [TERMINAL_SERVER] },
    atMs + host.random.int(2, 30) * SECOND
  );
  return host.exec(
    terminal,
    {
      executable: '/usr/bin/bash',
      args: ['bash'],
      workingDirectory,
      interactive: true,
      entry: { type: 'terminal' },
      sessionLeader: true,
    },
    atMs + host.random.int(31, 60) * SECOND
  );
}

/** Runs a short command from a shell, resolving the executable under /usr/bin. */
export function runCommand(
  host: HostActivity,
  shell: ProcessRecord,
  commandLine: string,
  atMs: number,
  options: { executable?: string; workingDirectory?: string; exitCode?: number } = {}
): ProcessRecord {
  const args = commandLine.split(' ');
  const executable = options.executable ?? `/usr/bin/${args[0] ?? 'true'}`;
  const spec = { executable, args, commandLine, workingDirectory: options.workingDirectory };
  return host.run(shell, spec, atMs, options.exitCode ?? 0);
}

/**
 * Starts `sh -c <command>`, as system(), popen() and cron start commands. `argv0` is the
 * first argument: `sh` from libc, `/bin/sh` from cron.
 */
export function shellCommand(
  host: HostActivity,
  parent: ProcessRecord,
  command: string,
  atMs: number,
  options: { user?: UserAccount; argv0?: string } = {}
): ProcessRecord {
  const args = [options.argv0 ?? 'sh', '-c', command];
  return host.exec(parent, { executable: '/bin/sh', args, user: options.user }, atMs);
}
