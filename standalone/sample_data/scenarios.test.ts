import { isDocumentationAddress, isLoopbackAddress, isPrivateAddress } from './addresses';
import { SCENARIO_IDS, SCENARIOS } from './scenarios';
import { CRON_NIGHTS } from './scenarios_routine';
import {
  actionsOf,
  alertsOf,
  childrenOf,
  clientsOf,
  eventsOf,
  execsOf,
  str,
  strs,
  TEST_ANCHOR,
  timeOf,
  visibleAlertRules,
} from './test_support';

const CONNECTION = 'Simple HTTP Web Server Connection';
const CREATION = 'Simple HTTP Web Server Creation';
const PYTHON = 'Web Server Spawned via Python';
const HOUR = 3600_000;

function onlyServer(scenario: (typeof SCENARIO_IDS)[number]) {
  const servers = execsOf(scenario, SCENARIOS[scenario].serverCommandLine);
  expect(servers).toHaveLength(1);
  const server = servers[0];
  if (server === undefined) {
    throw new Error(`no server process in ${scenario}`);
  }
  return { server, entityId: str(server, 'process.entity_id') ?? '', events: eventsOf(scenario) };
}

describe('scenario shapes', () => {
  it.each(SCENARIO_IDS)('%s uses its hosts and server users', (scenario) => {
    const events = eventsOf(scenario);
    const definition = SCENARIOS[scenario];
    const hosts = new Set(events.map((event) => str(event, 'host.name')));
    expect(hosts).toEqual(new Set(definition.hostNames));
    const servers = execsOf(scenario, definition.serverCommandLine);
    expect(servers).toHaveLength(definition.serverStarts);
    const users = new Set(servers.map((server) => str(server, 'user.name')));
    expect(users).toEqual(new Set(definition.serverUsers));
  });

  it('backdoor has CGI shells, public clients, a dropped script and a callback', () => {
    const { server, entityId, events } = onlyServer('backdoor');
    expect(str(server, 'process.working_directory')).toBe('/dev/shm');
    expect(str(server, 'process.entry_leader.name')).toBe('apache2');
    expect(str(server, 'process.entry_leader.entry_meta.type')).toBe('init');
    expect(str(server, 'process.parent.command_line')).toBe('bash -i');

    const children = actionsOf('exec', childrenOf(entityId, events));
    const cgiShell = children.find(
      (event) => str(event, 'process.command_line') === '/bin/sh /dev/shm/cgi-bin/run.sh'
    );
    expect(cgiShell).toBeDefined();
    const cgiId = str(cgiShell ?? server, 'process.entity_id') ?? '';
    const grandchildren = childrenOf(cgiId, events).map((event) => str(event, 'process.command_line'));
    expect(grandchildren).toEqual(expect.arrayContaining(['id', 'uname -a']));
    expect(events.some((event) => str(event, 'process.command_line') === 'sh -c id')).toBe(true);

    const [callback] = actionsOf('connection_attempted', events, cgiId);
    expect(str(callback ?? server, 'destination.port')).toBe('4444');
    expect(isDocumentationAddress(str(callback ?? server, 'destination.ip') ?? '')).toBe(true);

    const clients = clientsOf(entityId, events);
    expect(clients.length).toBeGreaterThanOrEqual(30);
    expect(clients.every(isDocumentationAddress)).toBe(true);

    const dropped = events
      .filter((event) => str(event, 'event.action') === 'creation')
      .map((event) => str(event, 'file.path'));
    const scripts = ['/dev/shm/cgi-bin/run.sh', '/dev/shm/cgi-bin/cmd.py'];
    expect(dropped).toEqual(expect.arrayContaining(scripts));
    expect(visibleAlertRules('backdoor')).toEqual([CONNECTION, CREATION, PYTHON]);
  });

  it('web_shell runs over SSH from a public address and drops shell.php', () => {
    const { server, entityId, events } = onlyServer('web_shell');
    expect(str(server, 'user.name')).toBe('root');
    expect(str(server, 'process.entry_leader.entry_meta.type')).toBe('sshd');
    const sourceIp = str(server, 'process.entry_leader.entry_meta.source.ip') ?? '';
    expect(isDocumentationAddress(sourceIp)).toBe(true);
    expect(events.some((event) => str(event, 'file.path') === '/var/www/html/shell.php')).toBe(true);
    const children = childrenOf(entityId, events).map((event) => str(event, 'process.command_line'));
    expect(children).toContain('sh -c id');
    expect(clientsOf(entityId, events).every(isDocumentationAddress)).toBe(true);
    expect(visibleAlertRules('web_shell')).toEqual([CONNECTION, CREATION]);
  });

  it('developer serves a project folder to loopback clients only', () => {
    const { server, entityId, events } = onlyServer('developer');
    expect(str(server, 'process.working_directory')).toMatch(/^\/home\/mira\/projects\/[a-z-]+$/);
    expect(str(server, 'process.entry_leader.entry_meta.type')).toBe('terminal');
    const clients = clientsOf(entityId, events);
    expect(clients.length).toBeGreaterThan(0);
    expect(clients.every(isLoopbackAddress)).toBe(true);
    expect(new Set(clients)).toEqual(new Set(['127.0.0.1', '::1']));
    expect(visibleAlertRules('developer')).toEqual([PYTHON]);
  });

  it('cron starts the server on several nights and stops it after 30 minutes', () => {
    const events = eventsOf('cron');
    const servers = execsOf('cron', SCENARIOS.cron.serverCommandLine);
    expect(servers).toHaveLength(CRON_NIGHTS);
    const days = new Set(servers.map((server) => (str(server, '@timestamp') ?? '').slice(0, 10)));
    expect(days.size).toBe(CRON_NIGHTS);
    for (const server of servers) {
      const entityId = str(server, 'process.entity_id') ?? '';
      const parentCommandLine = str(server, 'process.parent.command_line');
      expect(parentCommandLine).toBe('/bin/sh -c php -S 127.0.0.1:9000 -t /srv/reports');
      expect(str(server, 'process.entry_leader.name')).toBe('cron');
      expect(str(server, 'process.entry_leader.entry_meta.type')).toBe('init');
      const [end] = actionsOf('end', events, entityId);
      const minutes = (timeOf(end ?? server) - timeOf(server)) / 60_000;
      expect(minutes).toBeGreaterThanOrEqual(28);
      expect(minutes).toBeLessThanOrEqual(32);
      expect(clientsOf(entityId, events).every((ip) => ip === '127.0.0.1')).toBe(true);
    }
    const rules = visibleAlertRules('cron');
    expect(rules.filter((rule) => rule === CONNECTION)).toHaveLength(CRON_NIGHTS);
    expect(rules.filter((rule) => rule === CREATION)).toHaveLength(CRON_NIGHTS);
  });

  it('training clients come from the lab network', () => {
    const events = eventsOf('training');
    for (const server of execsOf('training', SCENARIOS.training.serverCommandLine)) {
      const hostNetwork = (strs(server, 'host.ip')[0] ?? '').split('.').slice(0, 3).join('.');
      const clients = clientsOf(str(server, 'process.entity_id') ?? '', events);
      expect(clients.length).toBeGreaterThan(0);
      expect(clients.every((ip) => ip.startsWith(`${hostNetwork}.`) && isPrivateAddress(ip))).toBe(true);
    }
  });

  it('internal_tool is started by systemd and gets no Python alert', () => {
    const { server, entityId, events } = onlyServer('internal_tool');
    expect(str(server, 'process.parent.executable')).toBe('/usr/lib/systemd/systemd');
    expect(str(server, 'process.working_directory')).toBe('/opt/metrics/www');
    expect(clientsOf(entityId, events).every(isPrivateAddress)).toBe(true);
    expect(visibleAlertRules('internal_tool')).toEqual([CONNECTION, CREATION]);
  });

  it('temporary_project runs for two days with private clients', () => {
    const { server, entityId, events } = onlyServer('temporary_project');
    const [end] = actionsOf('end', events, entityId);
    const hours = (timeOf(end ?? server) - timeOf(server)) / HOUR;
    expect(hours).toBeGreaterThanOrEqual(47);
    expect(hours).toBeLessThanOrEqual(49);
    const times = actionsOf('connection_accepted', events, entityId).map(timeOf);
    expect((Math.max(...times) - Math.min(...times)) / HOUR).toBeGreaterThan(24);
    expect(clientsOf(entityId, events).every(isPrivateAddress)).toBe(true);
  });

  it('container_noise has server events and no alerts', () => {
    const { server, entityId, events } = onlyServer('container_noise');
    expect(str(server, 'process.parent.name')).toBe('runc');
    expect(str(server, 'process.parent.command_line')).toBe('runc init');
    expect(str(server, 'process.entry_leader.entry_meta.type')).toBe('container');
    expect(clientsOf(entityId, events).length).toBeGreaterThan(100);
    expect(alertsOf('container_noise')).toHaveLength(0);
  });

  it.each(SCENARIO_IDS)('%s hosts have background noise', (scenario) => {
    const events = eventsOf(scenario);
    for (const host of SCENARIOS[scenario].hostNames) {
      const noise = events.filter(
        (event) => str(event, 'host.name') === host && str(event, 'user.name') === 'ops'
      );
      expect(noise.length).toBeGreaterThan(10);
    }
  });

  it.each(SCENARIO_IDS)('%s server starts fall in the last seven days', (scenario) => {
    for (const server of execsOf(scenario, SCENARIOS[scenario].serverCommandLine)) {
      const ageMs = TEST_ANCHOR.getTime() - timeOf(server);
      expect(ageMs).toBeGreaterThan(0);
      expect(ageMs).toBeLessThanOrEqual(7 * 24 * HOUR);
    }
  });
});
