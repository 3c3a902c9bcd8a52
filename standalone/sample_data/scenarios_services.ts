import { CENTOS_7, UBUNTU_2204 } from './event_base';
import { account } from './host_activity';
import {
  DAY,
  firstConnection,
  HOUR,
  MINUTE,
  SECOND,
  serveClients,
  spreadTimes,
  type ScenarioInstance,
} from './scenario_context';
import { runCommand, sshLogin, startService, startSshd } from './sessions';
import { WWW_DATA } from './scenarios_attack';

export const METRICS_SERVICE = account('metrics', 994);
export const CONTRACTOR = account('ctr-okafor', 1501);

/** Exit code of a process stopped with SIGTERM (128 + 15). */
const TERMINATED = 143;

/**
 * Builds the internal tool scenario: a systemd unit runs `python2 -m CGIHTTPServer 8081` in /opt/metrics/www as the `metrics`
 * account. Two collectors on the private network poll it every five minutes, and an hourly
 * request runs its CGI shell script.
 */
export function buildInternalTool(instance: ScenarioInstance): void {
  const { random } = instance;
  const subnet = instance.subnet('10.10.4');
  const startMs = instance.timeAgo(10 * HOUR, 6 * DAY);
  const bootMs = startMs - random.int(2, 48) * HOUR;
  const host = instance.addHost('metrics-01', CENTOS_7, subnet, 8, bootMs);
  const server = host.exec(
    host.init,
    {
      executable: '/usr/bin/python2.7',
      args: ['/usr/bin/python2', '-m', 'CGIHTTPServer', '8081'],
      user: METRICS_SERVICE,
      workingDirectory: '/opt/metrics/www',
      interactive: false,
      entry: { type: 'init' },
      sessionLeader: true,
    },
    startMs
  );

  const collectors = [`${subnet}.20`, `${subnet}.31`];
  const hours = random.int(6, 9);
  firstConnection(host, server, 8081, collectors);
  for (let pollMs = startMs + 5 * MINUTE; pollMs < startMs + hours * HOUR; pollMs += 5 * MINUTE) {
    for (const collector of collectors) {
      host.accept(server, collector, 8081, pollMs + random.int(0, 20_000), random.int(30, 400));
    }
  }

  const script = '/opt/metrics/www/cgi-bin/stats.sh';
  const cgiSpec = {
    executable: '/bin/sh',
    args: ['/bin/sh', script],
    workingDirectory: '/opt/metrics/www/cgi-bin',
  };
  for (let hour = 1; hour <= hours; hour++) {
    const requestMs = startMs + hour * HOUR + random.int(0, 120) * SECOND;
    host.accept(server, random.pick(collectors), 8081, requestMs - 20, random.int(300, 900));
    const cgi = host.exec(server, cgiSpec, requestMs);
    runCommand(host, cgi, 'df -h', requestMs + 10);
    runCommand(host, cgi, 'uptime', requestMs + 40);
    host.end(cgi, requestMs + 200);
  }
}

/**
 * Builds the temporary project scenario: a contractor logs in over SSH from the VPN and
 * demonstrates a prototype with `php -S 0.0.0.0:8443` for two days. Colleagues on the
 * private network open it.
 */
export function buildTemporaryProject(instance: ScenarioInstance): void {
  const { random } = instance;
  const subnet = instance.subnet('172.16.8');
  const loginMs = instance.timeAgo(3 * DAY, 6 * DAY);
  const bootMs = loginMs - random.int(2, 10) * HOUR;
  const host = instance.addHost('staging-03', UBUNTU_2204, subnet, 30, bootMs);
  const sshd = startSshd(host, bootMs + random.int(5, 12) * SECOND);
  const bash = sshLogin(host, sshd, CONTRACTOR, `${subnet}.${random.int(100, 199)}`, loginMs);
  const project = `/home/${CONTRACTOR.name}/portal-demo`;

  let atMs = bash.startMs + random.int(20, 60) * SECOND;
  for (const page of ['index.php', 'api.php']) {
    const vimSpec = {
      executable: '/usr/bin/vim.basic',
      name: 'vim',
      args: ['vim', page],
      workingDirectory: project,
    };
    const vim = host.exec(bash, vimSpec, atMs);
    const swapFile = `${project}/.${page}.swp`;
    host.file(vim, 'creation', swapFile, atMs + 300, 12288);
    const savedMs = atMs + random.int(2, 6) * MINUTE;
    host.file(vim, 'creation', `${project}/${page}`, savedMs, random.int(800, 4000));
    host.file(vim, 'deletion', swapFile, atMs + 7 * MINUTE);
    host.end(vim, atMs + 7 * MINUTE + 100);
    atMs += 8 * MINUTE;
  }

  const serverSpec = {
    executable: '/usr/bin/php8.1',
    args: ['php', '-S', '0.0.0.0:8443'],
    workingDirectory: project,
  };
  const server = host.exec(bash, serverSpec, atMs);
  const endMs = server.startMs + 2 * DAY + random.int(-60, 60) * MINUTE;
  const colleagues = [1, 2, 3, 4, 5, 6].map(() => `${subnet}.${random.int(40, 99)}`);
  serveClients(host, server, 8443, colleagues, {
    fromMs: server.startMs + MINUTE,
    toMs: endMs - HOUR,
    count: random.int(90, 130),
  });
  host.end(server, endMs, TERMINATED);
}

/**
 * Builds the container scenario, the same PHP server in a Kubernetes pod: containerd's shim starts `runc init`, which runs
 * `php -S 0.0.0.0:8080 -t /app/public`. The kubelet probes it every minute. The Connection
 * and Creation rules exclude servers whose parent is runc.
 */
export function buildContainerNoise(instance: ScenarioInstance): void {
  const { random } = instance;
  const startMs = instance.timeAgo(5 * HOUR, 6 * DAY);
  const bootMs = startMs - random.int(1, 4) * DAY;
  const host = instance.addHost('k8s-node-02', UBUNTU_2204, instance.subnet('10.10.6'), 12, bootMs);
  const containerdArgs = ['/usr/bin/containerd'];
  const containerdMs = bootMs + random.int(5, 15) * SECOND;
  const containerd = startService(host, '/usr/bin/containerd', containerdArgs, containerdMs);
  const shimExecutable = '/usr/bin/containerd-shim-runc-v2';
  const shimArgs = [shimExecutable, '-namespace', 'k8s.io', '-id', random.hex(64)];
  shimArgs.push('-address', '/run/containerd/containerd.sock');
  const shimSpec = { executable: shimExecutable, args: shimArgs, sessionLeader: true };
  const shim = host.exec(containerd, shimSpec, startMs - 2 * SECOND);
  const runcSpec = { executable: '/usr/bin/runc', args: ['runc', 'init'] };
  const runc = host.exec(shim, runcSpec, startMs - random.int(100, 400));
  const server = host.exec(
    runc,
    {
      executable: '/usr/local/bin/php',
      args: ['php', '-S', '0.0.0.0:8080', '-t', '/app/public'],
      user: WWW_DATA,
      workingDirectory: '/app',
      entry: { type: 'container' },
      sessionLeader: true,
    },
    startMs
  );

  const probeEndMs = startMs + random.int(3, 4) * HOUR;
  firstConnection(host, server, 8080, [host.primaryIp]);
  for (let probeMs = startMs + MINUTE; probeMs < probeEndMs; probeMs += MINUTE) {
    host.accept(server, host.primaryIp, 8080, probeMs + random.int(0, 999), random.int(2, 40));
  }
  const pods = [1, 2, 3].map(() => `10.244.${random.int(0, 255)}.${random.int(2, 254)}`);
  const requests = random.int(20, 40);
  for (const atMs of spreadTimes(random, startMs + MINUTE, probeEndMs, requests)) {
    host.accept(server, random.pick(pods), 8080, atMs, random.int(20, 3000));
  }
}
