import { publicIpv4 } from './addresses';
import { account, type HostActivity } from './host_activity';
import type { ProcessRecord } from './types';
import { MINUTE, SECOND, spreadTimes } from './scenario_context';
import { runCommand, shellCommand, sshLogin, startService, startSshd } from './sessions';

/** Administrator account present on every generated host. */
export const OPERATOR = account('ops', 1100);

/**
 * Ordinary commands of an administrator session. None of them starts a web server, so the
 * evidence queries have to filter them out. `php -v` and `pip list` exercise the rules'
 * process name patterns without matching them.
 */
const ADMIN_COMMANDS = [
  'ls -la',
  'df -h',
  'free -m',
  'ps aux',
  'uptime',
  'who',
  'cat /etc/os-release',
  'tail -n 50 /var/log/syslog',
  'grep -i error /var/log/syslog',
  'systemctl status cron',
  'journalctl -u ssh --since today',
  'git -C /etc log --oneline -5',
  'python3 -m pip list',
  'php -v',
  'top -b -n 1',
] as const;

const executableFor = (command: string): string | undefined => {
  if (command.startsWith('php')) {
    return '/usr/bin/php8.1';
  }
  return command.startsWith('python3') ? '/usr/bin/python3.10' : undefined;
};

/** Writes an `ops` login over SSH from the jump host that runs everyday commands. */
function adminSession(
  host: HostActivity,
  sshd: ProcessRecord,
  jumpHostIp: string,
  loginMs: number
): void {
  const { random } = host;
  const bash = sshLogin(host, sshd, OPERATOR, jumpHostIp, loginMs);
  let atMs = bash.startMs + random.int(5, 40) * SECOND;
  for (let i = random.int(8, 14); i > 0; i--) {
    const command = random.pick(ADMIN_COMMANDS);
    runCommand(host, bash, command, atMs, { executable: executableFor(command) });
    atMs += random.int(3, 120) * SECOND;
  }
  host.end(bash, atMs + random.int(10, 300) * SECOND);
}

/** Writes a systemd timer run that refreshes the package lists from a mirror. */
function packageListUpdate(host: HostActivity, runMs: number): void {
  const { random } = host;
  const command = '/usr/lib/apt/apt.systemd.daily update';
  const job = shellCommand(host, host.init, command, runMs, { argv0: '/bin/sh' });
  const aptArgs = ['apt-get', '-qq', 'update'];
  const apt = host.exec(job, { executable: '/usr/bin/apt-get', args: aptArgs }, runMs + 200);
  host.connect(apt, publicIpv4(random), 443, runMs + 400);
  const listSize = random.int(20_000, 150_000);
  host.file(apt, 'creation', '/var/lib/apt/lists/partial/InRelease', runMs + 2 * SECOND, listSize);
  host.end(apt, runMs + random.int(5, 40) * SECOND);
  host.end(job, runMs + 41 * SECOND);
}

/** Writes a logrotate run, which renames the system log and creates a new one. */
function logRotation(host: HostActivity, runMs: number): void {
  const args = ['/usr/sbin/logrotate', '/etc/logrotate.conf'];
  const logrotate = host.exec(host.init, { executable: '/usr/sbin/logrotate', args }, runMs);
  host.file(logrotate, 'rename', '/var/log/syslog.1', runMs + 300, null, '/var/log/syslog');
  host.file(logrotate, 'creation', '/var/log/syslog', runMs + 320, 0);
  host.end(logrotate, runMs + host.random.int(1, 3) * SECOND);
}

/**
 * Adds background activity to a host between `fromMs` and `toMs`: daemons at boot, SSH
 * sessions of the `ops` account from a private jump host with everyday commands, and
 * systemd timer jobs (package list updates, log rotation).
 */
export function addBackgroundActivity(
  host: HostActivity,
  fromMs: number,
  toMs: number,
  jumpHostIp: string
): void {
  const { random, bootMs } = host;
  const journald = '/usr/lib/systemd/systemd-journald';
  startService(host, journald, [journald], bootMs + 300);
  const rsyslogdArgs = ['/usr/sbin/rsyslogd', '-n', '-iNONE'];
  startService(host, '/usr/sbin/rsyslogd', rsyslogdArgs, bootMs + 2 * SECOND);
  const sshd = startSshd(host, bootMs + 4 * SECOND);

  for (const loginMs of spreadTimes(random, fromMs, toMs - 30 * MINUTE, random.int(2, 3))) {
    adminSession(host, sshd, jumpHostIp, loginMs);
  }
  for (const runMs of spreadTimes(random, fromMs, toMs - 5 * MINUTE, random.int(4, 7))) {
    if (random.chance(0.5)) {
      packageListUpdate(host, runMs);
    } else {
      logRotation(host, runMs);
    }
  }
}
