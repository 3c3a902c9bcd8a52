import { publicIpv4 } from './addresses';
import { DEBIAN_12, UBUNTU_2204 } from './event_base';
import { account } from './host_activity';
import { DAY, HOUR, MINUTE, SECOND, serveClients, type ScenarioInstance } from './scenario_context';
import { runCommand, shellCommand, startService, terminalLogin } from './sessions';

export const DEVELOPER = account('mira', 1000);
export const REPORTS_SERVICE = account('svc-reports', 998);
export const CRON_NIGHTS = 5;
export const TRAINING_STUDENTS = 4;

/** Exit code a shell reports for a foreground program stopped with Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

/**
 * Builds the developer scenario: `python3 -m http.server 8000` previews a static site from
 * a project folder in a desktop terminal. Only the local browser (127.0.0.1 and ::1) connects.
 */
export function buildDeveloper(instance: ScenarioInstance): void {
  const { random } = instance;
  const startMs = instance.timeAgo(3 * HOUR, 6 * DAY);
  const bootMs = startMs - random.int(1, 3) * HOUR;
  const subnet = instance.subnet('192.168.50');
  const host = instance.addHost('dev-ws-07', UBUNTU_2204, subnet, 23, bootMs);
  const folder = random.pick(['landing-page', 'docs-site', 'photo-gallery']);
  const project = `/home/${DEVELOPER.name}/projects/${folder}`;
  const bash = terminalLogin(host, DEVELOPER, startMs, project);

  let atMs = bash.startMs + random.int(10, 60) * SECOND;
  runCommand(host, bash, 'git status', atMs);
  const pull = runCommand(host, bash, 'git pull --ff-only', (atMs += random.int(5, 40) * SECOND));
  host.connect(pull, publicIpv4(random), 443, pull.startMs + 60);
  atMs += random.int(20, 90) * SECOND;
  runCommand(host, bash, 'npm run build', atMs, { executable: '/usr/bin/node' });

  const server = host.exec(
    bash,
    { executable: '/usr/bin/python3.10', args: ['python3', '-m', 'http.server', '8000'] },
    (atMs += random.int(30, 120) * SECOND)
  );
  const endMs = server.startMs + random.int(45, 150) * MINUTE;
  serveClients(host, server, 8000, ['127.0.0.1', '::1'], {
    fromMs: server.startMs + MINUTE,
    toMs: endMs - MINUTE,
    count: random.int(20, 35),
  });
  host.end(server, endMs, 0);
}

/**
 * Returns the start times of the last `count` nightly runs at `hour:minute` UTC whose
 * 40 minutes of activity ended before the anchor, earliest first.
 */
export function lastNights(
  anchorMs: number,
  hour: number,
  minute: number,
  count: number
): number[] {
  const nights: number[] = [];
  let dayMs = Math.floor(anchorMs / DAY) * DAY;
  while (nights.length < count) {
    const startMs = dayMs + hour * HOUR + minute * MINUTE;
    if (startMs + 40 * MINUTE <= anchorMs) {
      nights.unshift(startMs);
    }
    dayMs -= DAY;
  }
  return nights;
}

/**
 * Builds the cron scenario: a cron job starts `php -S 127.0.0.1:9000 -t /srv/reports` each
 * night as `svc-reports`. A second job fetches the reports through it with curl, and the
 * server stops after about half an hour.
 */
export function buildCron(instance: ScenarioInstance): void {
  const { random } = instance;
  const hour = instance.copy === 0 ? 2 : random.int(0, 4);
  const minute = instance.copy === 0 ? 0 : random.pick([0, 15, 30, 45]);
  const nights = lastNights(instance.anchorMs, hour, minute, CRON_NIGHTS);
  const bootMs = (nights[0] ?? instance.anchorMs) - random.int(1, 3) * DAY;
  const host = instance.addHost('reports-01', DEBIAN_12, instance.subnet('10.10.3'), 40, bootMs);
  const cronArgs = ['/usr/sbin/cron', '-f'];
  const cron = startService(host, '/usr/sbin/cron', cronArgs, bootMs + random.int(5, 15) * SECOND);
  const command = 'php -S 127.0.0.1:9000 -t /srv/reports';
  const jobShell = { user: REPORTS_SERVICE, argv0: '/bin/sh' };

  for (const nightMs of nights) {
    const job = host.fork(cron, nightMs + random.int(1, 400));
    const sh = shellCommand(host, job, command, job.startMs + 3, jobShell);
    const server = host.exec(
      sh,
      {
        executable: '/usr/bin/php8.2',
        args: command.split(' '),
        workingDirectory: `/home/${REPORTS_SERVICE.name}`,
      },
      sh.startMs + random.int(2, 9)
    );

    const fetchJob = host.fork(cron, nightMs + random.int(1, 400));
    const fetchMs = fetchJob.startMs + random.int(20, 40) * SECOND;
    const fetchCommand = 'sleep 30; /opt/reports/bin/fetch-nightly.sh';
    const fetchShell = shellCommand(host, fetchJob, fetchCommand, fetchMs, jobShell);
    let requestMs = fetchMs + random.int(1, 5) * SECOND;
    const reports = ['sales', 'inventory', 'returns', 'payroll', 'traffic'];
    for (const report of reports.slice(0, random.int(3, 5))) {
      const output = `/srv/reports/out/${report}.html`;
      const curlArgs = ['curl', '-s', '-o', output, `http://127.0.0.1:9000/${report}.php`];
      const curlSpec = { executable: '/usr/bin/curl', args: curlArgs };
      const curl = host.exec(fetchShell, curlSpec, requestMs);
      host.connect(curl, '127.0.0.1', 9000, requestMs + 5);
      host.accept(server, '127.0.0.1', 9000, requestMs + 6, random.int(200, 4000));
      const writtenMs = requestMs + random.int(300, 4000);
      host.file(curl, 'creation', output, writtenMs, random.int(2000, 90000));
      host.end(curl, requestMs + 4500);
      requestMs += random.int(1, 4) * MINUTE;
    }
    host.end(fetchShell, requestMs);

    const endMs = nightMs + 30 * MINUTE + random.int(-60, 60) * SECOND;
    host.end(server, endMs, 0);
    host.end(sh, endMs + 5, 0);
    host.end(job, endMs + 10, 0);
    host.end(fetchJob, requestMs + 10, 0);
  }
}

/**
 * Builds the training scenario: in a PHP class, each student runs `php -S 0.0.0.0:8080` on
 * a lab machine, and machines of the same lab network open each other's pages.
 */
export function buildTraining(instance: ScenarioInstance): void {
  const { random } = instance;
  const subnet = instance.subnet('10.20.30');
  const classMs = instance.timeAgo(DAY, 6 * DAY);
  const clients = [`${subnet}.5`];
  for (let student = 1; student <= TRAINING_STUDENTS; student++) {
    clients.push(`${subnet}.${10 + student}`);
  }

  for (let student = 1; student <= TRAINING_STUDENTS; student++) {
    const number = String(student).padStart(2, '0');
    const user = account(`student${number}`, 1000 + student);
    const bootMs = classMs - random.int(30, 90) * MINUTE;
    const host = instance.addHost(`lab-${number}`, UBUNTU_2204, subnet, 10 + student, bootMs);
    const folder = `/home/${user.name}/exercises/lab3`;
    const bash = terminalLogin(host, user, classMs + random.int(0, 10) * MINUTE, folder);
    runCommand(host, bash, 'ls', bash.startMs + random.int(20, 120) * SECOND);
    runCommand(host, bash, 'cat index.php', bash.startMs + random.int(121, 300) * SECOND);

    const server = host.exec(
      bash,
      { executable: '/usr/bin/php8.1', args: ['php', '-S', '0.0.0.0:8080'] },
      classMs + random.int(20, 40) * MINUTE
    );
    const endMs = classMs + random.int(120, 150) * MINUTE;
    serveClients(host, server, 8080, clients, {
      fromMs: server.startMs + MINUTE,
      toMs: endMs - MINUTE,
      count: random.int(8, 20),
    });
    host.end(server, endMs, INTERRUPTED);
  }
}
