import type { Client } from '@elastic/elasticsearch';

import type { ListAlertsResponse } from '../../common/api/alerts';
import { API_BASE_PATH, API_VERSION } from '../../common/constants';
import { ALERT_FIELDS, SAMPLE_SCENARIO_FIELD } from '../../common/ecs_fields';
import { createEngineClient } from '../../standalone/host/opensearch_transport';

export interface ApiResponse<T> {
  status: number;
  body: T;
}

/** Calls a route of the host started by the global setup over HTTP. */
export async function callApi<T = unknown>(
  path: string,
  options: { query?: Record<string, string>; headers?: Record<string, string>; baseUrl?: string } = {}
): Promise<ApiResponse<T>> {
  const url = new URL(`${API_BASE_PATH}${path}`, options.baseUrl ?? hostUrl());
  for (const [name, value] of Object.entries(options.query ?? {})) {
    url.searchParams.set(name, value);
  }
  const response = await fetch(url, {
    headers: { 'elastic-api-version': API_VERSION, ...options.headers },
  });
  return { status: response.status, body: (await response.json()) as T };
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
