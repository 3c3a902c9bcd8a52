import type { ExceptionFields } from '../../common/api/exceptions';
import { API_BASE_PATH, API_VERSION, RULE_IDS } from '../../common/constants';

/**
 * One exception per benign scenario of the sample data. Copies after the first rename the
 * hosts and move the networks, so the entries name users, paths and patterns that every
 * copy shares.
 */
export const BENCH_EXCEPTIONS: ExceptionFields[] = [
  {
    name: 'Developer previews',
    reason: 'Developers preview static sites from their project folders.',
    category: 'development_or_testing',
    rule_ids: [RULE_IDS.connection, RULE_IDS.creation, RULE_IDS.pythonServer],
    entries: [
      { field: 'user.name', type: 'match', operator: 'included', value: 'mira' },
      {
        field: 'process.working_directory',
        type: 'wildcard',
        operator: 'included',
        value: '/home/mira/projects/*',
      },
    ],
    expire_time: null,
  },
  {
    name: 'Nightly reports',
    reason: 'A cron job serves the nightly reports on loopback.',
    category: 'automation_or_cron',
    rule_ids: [RULE_IDS.connection, RULE_IDS.creation, RULE_IDS.pythonServer],
    entries: [
      { field: 'user.name', type: 'match', operator: 'included', value: 'svc-reports' },
      { field: 'process.parent.name', type: 'match', operator: 'included', value: 'sh' },
    ],
    expire_time: null,
  },
  {
    name: 'PHP class labs',
    reason: 'Students run php -S on the lab machines during class.',
    category: 'training',
    rule_ids: [RULE_IDS.connection],
    entries: [
      { field: 'host.name', type: 'wildcard', operator: 'included', value: 'lab-*' },
      { field: 'process.name', type: 'wildcard', operator: 'included', value: 'php*' },
    ],
    expire_time: null,
  },
  {
    name: 'Metrics CGI server',
    reason: 'The metrics unit serves its CGI scripts to the collectors.',
    category: 'internal_tool',
    rule_ids: [RULE_IDS.connection, RULE_IDS.creation, RULE_IDS.pythonServer],
    entries: [
      {
        field: 'process.command_line',
        type: 'wildcard',
        operator: 'included',
        value: '*CGIHTTPServer 808?',
      },
    ],
    expire_time: null,
  },
  {
    name: 'Portal demo',
    reason: 'A contractor demonstrates the portal prototype to colleagues.',
    category: 'temporary_project',
    rule_ids: [RULE_IDS.connection],
    entries: [
      { field: 'user.name', type: 'match', operator: 'included', value: 'ctr-okafor' },
      { field: 'destination.port', type: 'match', operator: 'included', value: '8443' },
    ],
    expire_time: null,
  },
];

/** Saves the benchmark's exceptions through the create route, as an admin would. */
export async function createBenchExceptions(baseUrl: string, authorization: string): Promise<void> {
  for (const exception of BENCH_EXCEPTIONS) {
    const response = await fetch(`${baseUrl}${API_BASE_PATH}/exceptions`, {
      method: 'POST',
      headers: {
        'elastic-api-version': API_VERSION,
        'kbn-xsrf': 'bench',
        'content-type': 'application/json',
        authorization,
      },
      body: JSON.stringify(exception),
    });
    if (response.status !== 200) {
      throw new Error(`Failed to create exception [${exception.name}]: ${await response.text()}`);
    }
  }
}
