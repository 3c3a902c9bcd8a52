import type { ScenarioInstance } from './scenario_context';
import { buildBackdoor, buildWebShell, WWW_DATA } from './scenarios_attack';
import {
  buildCron,
  buildDeveloper,
  buildTraining,
  CRON_NIGHTS,
  DEVELOPER,
  REPORTS_SERVICE,
  TRAINING_STUDENTS,
} from './scenarios_routine';
import {
  buildContainerNoise,
  buildInternalTool,
  buildTemporaryProject,
  CONTRACTOR,
  METRICS_SERVICE,
} from './scenarios_services';

export const SCENARIO_IDS = [
  'backdoor',
  'web_shell',
  'developer',
  'cron',
  'training',
  'internal_tool',
  'temporary_project',
  'container_noise',
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** Description of a scenario's hosts, users and server, for tests and documentation. */
export interface ScenarioDefinition {
  summary: string;
  /** Host names in the base copy; copy n (from 1) appends `-c<n + 1>`. */
  hostNames: readonly string[];
  /** Users that run the web server. */
  serverUsers: readonly string[];
  /** Command line of the web server process. */
  serverCommandLine: string;
  /** Number of times the server starts in one copy. */
  serverStarts: number;
  build(instance: ScenarioInstance): void;
}

const students = Array.from({ length: TRAINING_STUDENTS }, (_, i) =>
  String(i + 1).padStart(2, '0')
);

export const SCENARIOS: Readonly<Record<ScenarioId, ScenarioDefinition>> = {
  backdoor: {
    summary: 'python3 http.server with CGI started as www-data in /dev/shm from a reverse shell',
    hostNames: ['web-01'],
    serverUsers: [WWW_DATA.name],
    serverCommandLine: 'python3 -m http.server --cgi 8080',
    serverStarts: 1,
    build: buildBackdoor,
  },
  web_shell: {
    summary: 'php -S serving the web root, started by root over SSH from a public address',
    hostNames: ['cms-01'],
    serverUsers: ['root'],
    serverCommandLine: 'php -S 0.0.0.0:8000 -t /var/www/html',
    serverStarts: 1,
    build: buildWebShell,
  },
  developer: {
    summary: 'python3 http.server previewing a project folder, loopback clients only',
    hostNames: ['dev-ws-07'],
    serverUsers: [DEVELOPER.name],
    serverCommandLine: 'python3 -m http.server 8000',
    serverStarts: 1,
    build: buildDeveloper,
  },
  cron: {
    summary: 'nightly cron job serving /srv/reports on 127.0.0.1 for about 30 minutes',
    hostNames: ['reports-01'],
    serverUsers: [REPORTS_SERVICE.name],
    serverCommandLine: 'php -S 127.0.0.1:9000 -t /srv/reports',
    serverStarts: CRON_NIGHTS,
    build: buildCron,
  },
  training: {
    summary: 'students run php -S on lab machines, clients from the lab network',
    hostNames: students.map((number) => `lab-${number}`),
    serverUsers: students.map((number) => `student${number}`),
    serverCommandLine: 'php -S 0.0.0.0:8080',
    serverStarts: TRAINING_STUDENTS,
    build: buildTraining,
  },
  internal_tool: {
    summary: 'systemd unit running python2 CGIHTTPServer for a metrics folder',
    hostNames: ['metrics-01'],
    serverUsers: [METRICS_SERVICE.name],
    serverCommandLine: '/usr/bin/python2 -m CGIHTTPServer 8081',
    serverStarts: 1,
    build: buildInternalTool,
  },
  temporary_project: {
    summary: 'contractor demo server over SSH, running for two days',
    hostNames: ['staging-03'],
    serverUsers: [CONTRACTOR.name],
    serverCommandLine: 'php -S 0.0.0.0:8443',
    serverStarts: 1,
    build: buildTemporaryProject,
  },
  container_noise: {
    summary: 'php -S inside a container under runc init, excluded by the rules',
    hostNames: ['k8s-node-02'],
    serverUsers: [WWW_DATA.name],
    serverCommandLine: 'php -S 0.0.0.0:8080 -t /app/public',
    serverStarts: 1,
    build: buildContainerNoise,
  },
};
