import type { Client } from '@elastic/elasticsearch';

import type { ListAlertsResponse } from '../../common/api/alerts';
import {
  API_BASE_PATH,
  API_VERSION,
  AUDIT_INDEX,
  EXCEPTIONS_INDEX,
  INVESTIGATIONS_INDEX,
} from '../../common/constants';
import { ALERT_FIELDS, SAMPLE_SCENARIO_FIELD } from '../../common/ecs_fields';
import { createEngineClient } from '../../standalone/host/opensearch_transport';
import type { GeneratedUser } from '../../standalone/host/users_file';
import type { Role } from '../../standalone/roles';

export interface ApiResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallApiOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  baseUrl?: string;
  /** Writes send `kbn-xsrf` unless this is false. */
  xsrf?: boolean;
  /**
   * Sends HTTP Basic credentials of the test user with this role, `admin` by default, or
   * none. An `authorization` entry in `headers` replaces them.
   */
  role?: Role | 'none';
}

/**
 * Calls a route of the host started by the global setup over HTTP. JSON responses are
 * parsed; any other response body is returned as text.
 */
export async function callApi<T = unknown>(
  path: string,
  options: CallApiOptions = {}
): Promise<ApiResponse<T>> {
  const url = new URL(`${API_BASE_PATH}${path}`, options.baseUrl ?? hostUrl());
  for (const [name, value] of Object.entries(options.query ?? {})) {
    url.searchParams.set(name, value);
  }
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { 'elastic-api-version': API_VERSION };
  if (method !== 'GET' && options.xsrf !== false) {
    headers['kbn-xsrf'] = 'integration-test';
  }
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  const role = options.role ?? 'admin';
  if (role !== 'none') {
    headers.authorization = basicAuthorization(testUser(role));
  }
  const response = await fetch(url, {
    method,
    headers: { ...headers, ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const isJson = response.headers.get('content-type')?.includes('application/json') ?? false;
  const body = (isJson ? await response.json() : await response.text()) as T;
  return { status: response.status, body, headers: response.headers };
}

/** Returns the user of a role that the global setup created, with its password. */
export function testUser(role: Role): GeneratedUser {
  const users = JSON.parse(process.env.TEST_USERS ?? '[]') as GeneratedUser[];
  const user = users.find((candidate) => candidate.role === role);
  if (user === undefined) {
    throw new Error(`TEST_USERS has no ${role} user; run the integration tests through jest`);
  }
  return user;
}

/** Returns the users file the global setup wrote, for hosts that tests start themselves. */
export function testUsersFile(): string {
  const file = process.env.TEST_USERS_FILE;
  if (!file) {
    throw new Error('TEST_USERS_FILE is not set; run the integration tests through jest');
  }
  return file;
}

/** Returns an `authorization` header value for HTTP Basic authentication. */
export function basicAuthorization(user: { username: string; password: string }): string {
  return `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
}

export function hostUrl(): string {
  const url = process.env.TEST_HOST_URL;
  if (!url) {
    throw new Error('TEST_HOST_URL is not set; run the integration tests through jest');
  }
  return url;
}

let engineClient: Client | null = null;

/** Returns a client of the test engine, for looking up what the sample data wrote. */
export function testEngineClient(): Client {
  const url = process.env.TEST_ENGINE_URL;
  if (!url) {
    throw new Error('TEST_ENGINE_URL is not set; run the integration tests through jest');
  }
  engineClient ??= createEngineClient(url);
  return engineClient;
}

/** Closes the engine client, so jest can exit once a test file is done. */
export async function closeTestEngineClient(): Promise<void> {
  await engineClient?.close();
  engineClient = null;
}

/** Returns the ids of a scenario's shell and single-event alerts of one rule. */
export async function findScenarioAlertIds(scenario: string, ruleId: string): Promise<string[]> {
  const result = await testEngineClient().search({
    index: '.alerts-security.alerts-default',
    size: 100,
    query: {
      bool: {
        filter: [
          { term: { [SAMPLE_SCENARIO_FIELD]: scenario } },
          { term: { [ALERT_FIELDS.ruleId]: ruleId } },
        ],
        must_not: [{ exists: { field: ALERT_FIELDS.buildingBlockType } }],
      },
    },
    sort: [{ '@timestamp': 'asc' }],
  });
  return result.hits.hits.map((hit) => hit._id).filter((id): id is string => id !== undefined);
}

/** Lists every alert of the last 30 days through the route, page by page. */
export async function listAllAlerts(query: Record<string, string> = {}) {
  const alerts: ListAlertsResponse['alerts'] = [];
  for (let page = 1; page <= 20; page++) {
    const { body } = await callApi<ListAlertsResponse>('/alerts', {
      query: { ...query, per_page: '100', page: String(page) },
    });
    alerts.push(...body.alerts);
    if (alerts.length >= body.total || body.alerts.length === 0) {
      break;
    }
  }
  return alerts;
}

/** The workflow fields of an alert document, read straight from the engine. */
export interface AlertWorkflowFields {
  id: string;
  buildingBlock: boolean;
  status: unknown;
  reason: unknown;
  user: unknown;
  updatedAt: unknown;
}

/** Reads the workflow fields of an alert and of the building blocks that share its group id. */
export async function readAlertWorkflow(alertId: string): Promise<AlertWorkflowFields[]> {
  const client = testEngineClient();
  const shell = await client.get<Record<string, unknown>>({
    index: '.alerts-security.alerts-default',
    id: alertId,
  });
  const groupId = shell._source?.[ALERT_FIELDS.groupId];
  const result = await client.search<Record<string, unknown>>({
    index: '.alerts-security.alerts-default',
    size: 10,
    query: {
      bool: {
        should: [
          { ids: { values: [alertId] } },
          ...(typeof groupId === 'string' ? [{ term: { [ALERT_FIELDS.groupId]: groupId } }] : []),
        ],
        minimum_should_match: 1,
      },
    },
  });
  return result.hits.hits.map((hit) => ({
    id: hit._id ?? '',
    buildingBlock: hit._source?.[ALERT_FIELDS.buildingBlockType] !== undefined,
    status: hit._source?.[ALERT_FIELDS.workflowStatus],
    reason: hit._source?.[ALERT_FIELDS.workflowReason],
    user: hit._source?.[ALERT_FIELDS.workflowUser],
    updatedAt: hit._source?.[ALERT_FIELDS.workflowStatusUpdatedAt],
  }));
}

/**
 * Undoes what investigation tests did to a scenario: deletes the investigations and audit
 * records of its alerts and sets its alerts open again, as the sample data wrote them.
 * Other test files count open and closed alerts, so every investigation test file calls
 * this when it finishes.
 */
export async function resetScenarioInvestigations(scenario: string): Promise<void> {
  // The host installs its indices in the background after start, and its routes wait for
  // the installation. This request makes sure the indices exist before the direct queries.
  const installed = await callApi('/investigations', { query: { per_page: '1' } });
  if (installed.status !== 200) {
    throw new Error(`The host did not install its indices: ${JSON.stringify(installed.body)}`);
  }
  const client = testEngineClient();
  const alerts = await client.search({
    index: '.alerts-security.alerts-default',
    size: 1000,
    _source: false,
    query: { term: { [SAMPLE_SCENARIO_FIELD]: scenario } },
  });
  const alertIds = alerts.hits.hits.map((hit) => hit._id).filter((id): id is string => id !== undefined);

  for (const index of [INVESTIGATIONS_INDEX, AUDIT_INDEX]) {
    await client.deleteByQuery({
      index,
      ignore_unavailable: true,
      refresh: true,
      query: { terms: { alert_id: alertIds } },
    });
  }
  await client.updateByQuery({
    index: '.alerts-security.alerts-default',
    refresh: true,
    query: { term: { [SAMPLE_SCENARIO_FIELD]: scenario } },
    script: {
      lang: 'painless',
      source: [
        "ctx._source['kibana.alert.workflow_status'] = 'open';",
        "ctx._source.remove('kibana.alert.workflow_reason');",
        "ctx._source.remove('kibana.alert.workflow_user');",
        "ctx._source.remove('kibana.alert.workflow_status_updated_at');",
      ].join('\n'),
    },
  });
}

/** Path of an alert's investigation, or of one of its transitions such as `_submit`. */
export function investigationPath(
  alertId: string,
  transition?: '_submit' | '_approve' | '_return'
): string {
  return `/alerts/${alertId}/investigation${transition === undefined ? '' : `/${transition}`}`;
}

/**
 * Deletes every exception and the audit records of exceptions. Exceptions mark alerts in
 * every list, so each test file that writes exceptions calls this before and after.
 */
export async function resetExceptions(): Promise<void> {
  const client = testEngineClient();
  await client.deleteByQuery({
    index: EXCEPTIONS_INDEX,
    ignore_unavailable: true,
    refresh: true,
    conflicts: 'proceed',
    query: { match_all: {} },
  });
  await client.deleteByQuery({
    index: AUDIT_INDEX,
    ignore_unavailable: true,
    refresh: true,
    conflicts: 'proceed',
    query: { term: { object_type: 'exception' } },
  });
}
