import type { AlertListItem, ListAlertsResponse } from '../../common/api/alerts';
import type {
  AlertExceptionsResponse,
  ExceptionRecord,
  ListExceptionsResponse,
} from '../../common/api/exceptions';
import type {
  AuditRecord,
  Investigation,
  InvestigationHistoryResponse,
  ListInvestigationsResponse,
} from '../../common/api/investigations';
import {
  API_BASE_PATH,
  API_VERSION,
  APP_PATH,
  AUDIT_INDEX,
  EXCEPTIONS_INDEX,
  INVESTIGATIONS_INDEX,
} from '../../common/constants';
import { SAMPLE_SCENARIO_FIELD } from '../../common/ecs_fields';
import { getString } from '../../common/get_field';
import type { Role } from '../../standalone/roles';
import {
  basicAuthorization,
  closeTestEngineClient,
  hostUrl,
  investigationPath,
  resetExceptions,
  resetScenarioInvestigations,
  testEngineClient,
  testUser,
  type ApiResponse,
} from './helpers';

/** The global setup serves this space besides the default one, with copies of a few alerts. */
const SPACE_B = 'blue';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

interface SpaceCallOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, string>;
  body?: unknown;
  role?: Role;
}

/**
 * Calls a route of the plugin in a space: at the root for the default space, and under
 * `/s/<space_id>` for any other, with the credentials of the role's test user.
 */
async function callInSpace<T>(
  spaceId: string,
  path: string,
  options: SpaceCallOptions = {}
): Promise<ApiResponse<T>> {
  const prefix = spaceId === 'default' ? '' : `/s/${spaceId}`;
  const url = new URL(`${prefix}${API_BASE_PATH}${path}`, hostUrl());
  for (const [name, value] of Object.entries(options.query ?? {})) {
    url.searchParams.set(name, value);
  }
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    'elastic-api-version': API_VERSION,
    authorization: basicAuthorization(testUser(options.role ?? 'admin')),
  };
  if (method !== 'GET') {
    headers['kbn-xsrf'] = 'integration-test';
  }
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const isJson = response.headers.get('content-type')?.includes('application/json') ?? false;
  const body = (isJson ? await response.json() : await response.text()) as T;
  return { status: response.status, body, headers: response.headers };
}

const inDefaultSpace = <T>(path: string, options?: SpaceCallOptions) =>
  callInSpace<T>('default', path, options);
const inSpaceB = <T>(path: string, options?: SpaceCallOptions) =>
  callInSpace<T>(SPACE_B, path, options);

async function listAlertsIn(spaceId: string): Promise<AlertListItem[]> {
  const { status, body } = await callInSpace<ListAlertsResponse>(spaceId, '/alerts', {
    query: { start: 'now-30d', per_page: '100' },
  });
  expect(status).toBe(200);
  return body.alerts;
}

async function readScenario(alertId: string): Promise<string> {
  const alert = await testEngineClient().get<Record<string, unknown>>({
    index: '.alerts-security.alerts-default',
    id: alertId,
  });
  const scenario = getString(alert._source ?? {}, SAMPLE_SCENARIO_FIELD);
  if (scenario === null) {
    throw new Error(`Alert [${alertId}] has no sample scenario`);
  }
  return scenario;
}

/** Expects a 404 in Kibana's error shape. */
function expectNotFound(response: ApiResponse<unknown>): void {
  expect(response.status).toBe(404);
  expect(response.body).toEqual({
    statusCode: 404,
    error: 'Not Found',
    message: expect.any(String),
  });
}

describe('spaces', () => {
  /** An alert that both spaces have, because the sample data copied it into space B. */
  let shared: AlertListItem & { host_name: string };
  /** An alert only the default space has. */
  let defaultOnly: AlertListItem;
  /** The sample scenario of the shared alert, whose investigations the tests reset. */
  let scenario = '';

  beforeAll(async () => {
    // The alerts list reads the exceptions index without waiting for the host to create it,
    // and this route waits, so the list below finds the index ready.
    const installed = await inDefaultSpace('/investigations', { query: { per_page: '1' } });
    expect(installed.status).toBe(200);
    await resetExceptions();
    const alertsA = await listAlertsIn('default');
    const alertsB = await listAlertsIn(SPACE_B);
    const idsB = new Set(alertsB.map((alert) => alert.id));

    const copied = alertsB.find((alert) => alert.host_name !== null);
    const other = alertsA.find((alert) => !idsB.has(alert.id));
    if (copied === undefined || copied.host_name === null || other === undefined) {
      throw new Error(
        'Space B needs a copied alert with a host, and the default space an alert of its own'
      );
    }
    shared = { ...copied, host_name: copied.host_name };
    defaultOnly = other;
    scenario = await readScenario(shared.id);
    await resetScenarioInvestigations(scenario);
  });

  afterAll(async () => {
    await resetExceptions();
    // Deletes the investigations of both spaces, because it deletes by alert id.
    await resetScenarioInvestigations(scenario);
    await closeTestEngineClient();
  });

  describe('sample data', () => {
    it('gives space B a few copied alerts', async () => {
      const alertsA = await listAlertsIn('default');
      const alertsB = await listAlertsIn(SPACE_B);
      expect(alertsB.length).toBeGreaterThan(0);
      expect(alertsB.length).toBeLessThan(alertsA.length);
      const idsA = new Set(alertsA.map((alert) => alert.id));
      expect(alertsB.every((alert) => idsA.has(alert.id))).toBe(true);
    });

    it('stores the copies in the index of space B', async () => {
      const copy = await testEngineClient().get<Record<string, unknown>>({
        index: `.alerts-security.alerts-${SPACE_B}`,
        id: shared.id,
      });
      expect(copy._index).toBe(`.internal.alerts-security.alerts-${SPACE_B}-000001`);
      expect(copy._source?.['kibana.space_ids']).toEqual([SPACE_B]);
    });

    it('serves evidence of a copied alert in space B', async () => {
      const { status } = await inSpaceB(`/alerts/${shared.id}/evidence`);
      expect(status).toBe(200);
    });
  });

  describe('alerts', () => {
    it.each(['/evidence', '/checklists', '/investigation'])(
      'returns 404 in space B for %s of a default space alert',
      async (suffix) => {
        expectNotFound(await inSpaceB(`/alerts/${defaultOnly.id}${suffix}`));
      }
    );

    it('cannot start an investigation of a default space alert in space B', async () => {
      const path = investigationPath(defaultOnly.id);
      expectNotFound(await inSpaceB(path, { method: 'POST', body: {} }));
      const found = await testEngineClient().exists({
        index: INVESTIGATIONS_INDEX,
        id: `${SPACE_B}:${defaultOnly.id}`,
      });
      expect(found).toBe(false);
    });
  });

  describe('unknown space', () => {
    it('returns 404 for the API', async () => {
      const response = await callInSpace<ErrorBody>('red', '/alerts');
      expectNotFound(response);
      expect(response.body.message).toContain('Space [red] was not found');
    });

    it('returns 404 for the app', async () => {
      const response = await fetch(new URL(`/s/red${APP_PATH}`, hostUrl()), { redirect: 'manual' });
      expect(response.status).toBe(404);
    });

    it('returns 404 for an id Kibana does not allow', async () => {
      expect((await callInSpace('Blue', '/alerts')).status).toBe(404);
    });
  });

  describe('app', () => {
    it('redirects the root of space B to its app', async () => {
      const response = await fetch(new URL(`/s/${SPACE_B}/`, hostUrl()), { redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(`/s/${SPACE_B}${APP_PATH}`);
    });

    it('keeps the space in the login redirect', async () => {
      const path = `/s/${SPACE_B}${APP_PATH}/alerts`;
      const response = await fetch(new URL(path, hostUrl()), { redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(`/login?next=${encodeURIComponent(path)}`);
    });
  });

  describe('investigations', () => {
    let investigationA: Investigation;

    beforeAll(async () => {
      const started = await inDefaultSpace<Investigation>(investigationPath(shared.id), {
        method: 'POST',
        body: {},
      });
      expect(started.status).toBe(200);
      const updated = await inDefaultSpace<Investigation>(investigationPath(shared.id), {
        method: 'PATCH',
        body: {
          version: started.body.version,
          verdict: 'false_positive',
          false_positive_category: 'automation_or_cron',
          closing_reason: 'A scheduled job serves its reports',
        },
      });
      expect(updated.status).toBe(200);
      investigationA = updated.body;
    });

    it('cannot read the investigation of the default space', async () => {
      const response = await inSpaceB<ErrorBody>(investigationPath(shared.id));
      expectNotFound(response);
      expect(response.body.message).toContain(`space [${SPACE_B}]`);
    });

    it('cannot update it', async () => {
      const response = await inSpaceB(investigationPath(shared.id), {
        method: 'PATCH',
        body: { version: investigationA.version, assignee: 'lead' },
      });
      expectNotFound(response);
    });

    it('cannot submit it', async () => {
      const response = await inSpaceB(investigationPath(shared.id, '_submit'), {
        method: 'POST',
        body: { version: investigationA.version },
      });
      expectNotFound(response);
    });

    it('leaves it unchanged', async () => {
      const { status, body } = await inDefaultSpace<Investigation>(investigationPath(shared.id));
      expect(status).toBe(200);
      expect(body).toEqual(investigationA);
    });

    it('does not list it', async () => {
      const listedB = await inSpaceB<ListInvestigationsResponse>('/investigations');
      expect(listedB.status).toBe(200);
      const idsB = listedB.body.investigations.map((investigation) => investigation.id);
      expect(idsB).not.toContain(investigationA.id);

      const listedA = await inDefaultSpace<ListInvestigationsResponse>('/investigations');
      const idsA = listedA.body.investigations.map((investigation) => investigation.id);
      expect(idsA).toContain(investigationA.id);
    });

    it.each(['history', 'report'])('cannot fetch its %s', async (name) => {
      const path = `/investigations/${encodeURIComponent(investigationA.id)}/${name}`;
      expectNotFound(await inSpaceB(path));
      expect((await inDefaultSpace(path)).status).toBe(200);
    });

    describe('written in space B', () => {
      let investigationB: Investigation;

      beforeAll(async () => {
        const started = await inSpaceB<Investigation>(investigationPath(shared.id), {
          method: 'POST',
          body: {},
        });
        expect(started.status).toBe(200);
        investigationB = started.body;
      });

      it('carries space B', () => {
        expect(investigationB.id).toBe(`${SPACE_B}:${shared.id}`);
        expect(investigationB.space_id).toBe(SPACE_B);
        expect(investigationB.verdict).toBeNull();
      });

      it('is stored apart from the default space record', async () => {
        const stored = await testEngineClient().get<{ space_id: string }>({
          index: INVESTIGATIONS_INDEX,
          id: investigationB.id,
        });
        expect(stored._source?.space_id).toBe(SPACE_B);

        const { body } = await inDefaultSpace<Investigation>(investigationPath(shared.id));
        expect(body.verdict).toBe('false_positive');
      });

      it('writes audit records of space B', async () => {
        const { status, body } = await inSpaceB<InvestigationHistoryResponse>(
          `/investigations/${encodeURIComponent(investigationB.id)}/history`
        );
        expect(status).toBe(200);
        expect(body.records.length).toBeGreaterThan(0);
        for (const record of body.records) {
          expect(record.space_id).toBe(SPACE_B);
        }

        await testEngineClient().indices.refresh({ index: AUDIT_INDEX });
        const stored = await testEngineClient().search<AuditRecord>({
          index: AUDIT_INDEX,
          size: 100,
          query: { term: { object_id: investigationB.id } },
        });
        expect(stored.hits.hits.length).toBeGreaterThan(0);
        for (const hit of stored.hits.hits) {
          expect(hit._source?.space_id).toBe(SPACE_B);
        }
      });

      it('acknowledges only the copy in space B', async () => {
        const client = testEngineClient();
        const copy = await client.get<Record<string, unknown>>({
          index: `.alerts-security.alerts-${SPACE_B}`,
          id: shared.id,
        });
        expect(copy._source?.['kibana.alert.workflow_user']).toBe('admin');
        expect(copy._source?.['kibana.alert.workflow_status']).toBe('acknowledged');
      });
    });
  });

  describe('exceptions', () => {
    let active: ExceptionRecord;
    let proposal: ExceptionRecord;

    const fields = () => ({
      name: 'Reports server of one host',
      reason: 'A scheduled job serves its reports folder',
      category: 'automation_or_cron',
      rule_ids: [shared.rule.rule_id],
      entries: [
        { field: 'host.name', type: 'match', operator: 'included', value: shared.host_name },
      ],
    });

    beforeAll(async () => {
      const created = await inDefaultSpace<ExceptionRecord>('/exceptions', {
        method: 'POST',
        body: fields(),
      });
      expect(created.status).toBe(200);
      active = created.body;

      // The investigation of the shared alert in the default space found it a false positive.
      const proposalPath = `/alerts/${shared.id}/exception_proposals`;
      const proposed = await inDefaultSpace<ExceptionRecord>(proposalPath, {
        method: 'POST',
        body: { ...fields(), name: 'Proposed reports server' },
        role: 'analyst',
      });
      expect(proposed.status).toBe(200);
      proposal = proposed.body;
    });

    it('cannot read them', async () => {
      expectNotFound(await inSpaceB(`/exceptions/${active.id}`));
      expectNotFound(await inSpaceB(`/exceptions/${proposal.id}`));
    });

    it('cannot update one', async () => {
      const response = await inSpaceB(`/exceptions/${active.id}`, {
        method: 'PUT',
        body: { ...fields(), name: 'Changed in space B', version: active.version },
      });
      expectNotFound(response);
    });

    it('cannot delete one', async () => {
      const response = await inSpaceB(`/exceptions/${active.id}`, {
        method: 'DELETE',
        query: { version: active.version },
      });
      expectNotFound(response);
    });

    it('cannot accept or reject a proposal', async () => {
      const accept = await inSpaceB(`/exceptions/${proposal.id}/_accept`, {
        method: 'POST',
        body: { version: proposal.version },
      });
      expectNotFound(accept);
      const reject = await inSpaceB(`/exceptions/${proposal.id}/_reject`, {
        method: 'POST',
        body: { version: proposal.version, comment: 'Not in this space' },
      });
      expectNotFound(reject);
    });

    it('cannot fetch their history', async () => {
      expectNotFound(await inSpaceB(`/exceptions/${active.id}/history`));
    });

    it('leaves them unchanged', async () => {
      const read = await inDefaultSpace<ExceptionRecord>(`/exceptions/${active.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(active);
      const readProposal = await inDefaultSpace<ExceptionRecord>(`/exceptions/${proposal.id}`);
      expect(readProposal.body).toEqual(proposal);
    });

    it('does not list them', async () => {
      const listedB = await inSpaceB<ListExceptionsResponse>('/exceptions');
      expect(listedB.status).toBe(200);
      const idsB = listedB.body.exceptions.map((exception) => exception.id);
      expect(idsB).not.toContain(active.id);
      expect(idsB).not.toContain(proposal.id);
      expect(listedB.body.proposed_total).toBe(0);

      const listedA = await inDefaultSpace<ListExceptionsResponse>('/exceptions');
      const idsA = listedA.body.exceptions.map((exception) => exception.id);
      expect(idsA).toEqual(expect.arrayContaining([active.id, proposal.id]));
    });

    it('does not match the alerts of space B', async () => {
      const path = `/alerts/${shared.id}/exceptions`;
      const matchedA = await inDefaultSpace<AlertExceptionsResponse>(path);
      expect(matchedA.status).toBe(200);
      expect(matchedA.body.matches.map((match) => match.id)).toContain(active.id);

      const matchedB = await inSpaceB<AlertExceptionsResponse>(path);
      expect(matchedB.status).toBe(200);
      expect(matchedB.body.matches).toEqual([]);
      expect(matchedB.body.proposals).toEqual([]);
    });

    it('does not mark the alerts list of space B', async () => {
      const alertsB = await listAlertsIn(SPACE_B);
      const copy = alertsB.find((alert) => alert.id === shared.id);
      expect(copy?.exceptions).toEqual([]);
    });

    describe('written in space B', () => {
      let created: ExceptionRecord;

      beforeAll(async () => {
        const response = await inSpaceB<ExceptionRecord>('/exceptions', {
          method: 'POST',
          body: { ...fields(), name: 'Space B reports server' },
        });
        expect(response.status).toBe(200);
        created = response.body;
      });

      it('carries space B', async () => {
        expect(created.space_id).toBe(SPACE_B);
        const stored = await testEngineClient().get<{ space_id: string }>({
          index: EXCEPTIONS_INDEX,
          id: `${SPACE_B}:${created.id}`,
        });
        expect(stored._source?.space_id).toBe(SPACE_B);
      });

      it('is not visible in the default space', async () => {
        expectNotFound(await inDefaultSpace(`/exceptions/${created.id}`));
        const listedA = await inDefaultSpace<ListExceptionsResponse>('/exceptions');
        const idsA = listedA.body.exceptions.map((exception) => exception.id);
        expect(idsA).not.toContain(created.id);
      });

      it('matches the copy in space B', async () => {
        const { body } = await inSpaceB<AlertExceptionsResponse>(`/alerts/${shared.id}/exceptions`);
        expect(body.matches.map((match) => match.id)).toEqual([created.id]);
      });
    });
  });
});
