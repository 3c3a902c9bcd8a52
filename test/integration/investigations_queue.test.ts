import type { ListAlertsResponse } from '../../common/api/alerts';
import type { Investigation, ListInvestigationsResponse } from '../../common/api/investigations';
import { RULE_IDS } from '../../common/constants';
import {
  callApi,
  closeTestEngineClient,
  findScenarioAlertIds,
  investigationPath,
  listAllAlerts,
  resetScenarioInvestigations,
} from './helpers';

/** The temporary_project and developer alerts belong to this file; other files use other scenarios. */
const SCENARIOS = ['temporary_project', 'developer'];

const HOSTILE_NOTE = '# Injected heading\n[click](https://evil.example) <script>alert(1)</script>';

interface ErrorBody {
  message: string;
}

async function list(query: Record<string, string>) {
  return callApi<ListInvestigationsResponse & ErrorBody>('/investigations', { query });
}

describe('the review queue, the alerts list and the report', () => {
  let connection: Investigation;
  let creation: Investigation;
  let python: Investigation;

  beforeAll(async () => {
    for (const scenario of SCENARIOS) {
      await resetScenarioInvestigations(scenario);
    }
    const [connectionId = ''] = await findScenarioAlertIds('temporary_project', RULE_IDS.connection);
    const [creationId = ''] = await findScenarioAlertIds('temporary_project', RULE_IDS.creation);
    const [pythonId = ''] = await findScenarioAlertIds('developer', RULE_IDS.pythonServer);

    const start = async (alertId: string, assignee: string | null) => {
      const { status, body } = await callApi<Investigation>(investigationPath(alertId), {
        method: 'POST',
        body: { assignee },
      });
      expect(status).toBe(200);
      return body;
    };
    connection = await start(connectionId, 'lead');
    creation = await start(creationId, null);
    const startedPython = await start(pythonId, 'second-analyst');

    const noted = await callApi<Investigation>(investigationPath(pythonId), {
      method: 'PATCH',
      body: {
        version: startedPython.version,
        verdict: 'false_positive',
        false_positive_category: 'development_or_testing',
        closing_reason: 'Developer previews a site on loopback',
        steps: [{ item_id: 'investigation-1', checked: true, note: HOSTILE_NOTE }],
      },
    });
    const submitted = await callApi<Investigation>(investigationPath(pythonId, '_submit'), {
      method: 'POST',
      body: { version: noted.body.version },
    });
    expect(submitted.status).toBe(200);
    python = submitted.body;
  });

  afterAll(async () => {
    for (const scenario of SCENARIOS) {
      await resetScenarioInvestigations(scenario);
    }
    await closeTestEngineClient();
  });

  describe('GET /investigations', () => {
    it('lists investigations, last updated first', async () => {
      const { status, body } = await list({ per_page: '100' });
      expect(status).toBe(200);
      const ids = body.investigations.map((investigation) => investigation.id);
      expect(ids).toEqual(expect.arrayContaining([connection.id, creation.id, python.id]));
      const times = body.investigations.map((investigation) => investigation.updated_at);
      expect([...times].sort().reverse()).toEqual(times);
      expect(body.investigations.every((investigation) => investigation.space_id === 'default')).toBe(true);
      expect(body.investigations.find((investigation) => investigation.id === python.id)?.version).toBe(python.version);
    });

    it.each([
      [{ status: 'submitted' }, ['python']],
      [{ assignee: 'lead', host: 'staging-03' }, ['connection']],
      [{ analyst: 'admin', host: 'staging-03' }, ['connection', 'creation']],
      [{ verdict: 'false_positive', host: 'dev-ws-07' }, ['python']],
      [{ rule_id: RULE_IDS.creation, host: 'staging-03' }, ['creation']],
      [{ host: 'dev-ws-07', end: '2001-01-01T00:00:00Z' }, []],
      [{ host: 'dev-ws-07', start: 'now-1h' }, ['python']],
    ])('filters by %j', async (query, expected) => {
      const named: Record<string, Investigation> = { connection, creation, python };
      const { status, body } = await list({ ...query, sort_field: 'created_at', sort_order: 'asc' });
      expect(status).toBe(200);
      expect(body.investigations.map((investigation) => investigation.id)).toEqual(
        expected.map((name) => named[name]?.id)
      );
      expect(body.total).toBe(expected.length);
    });

    it('sorts by host and pages without overlap', async () => {
      const first = await list({ sort_field: 'host', sort_order: 'asc', per_page: '1', page: '1' });
      const second = await list({ sort_field: 'host', sort_order: 'asc', per_page: '1', page: '2' });
      expect(first.body.per_page).toBe(1);
      expect(second.body.page).toBe(2);
      const hosts = [first.body.investigations[0]?.host_name ?? '', second.body.investigations[0]?.host_name ?? ''];
      expect([...hosts].sort()).toEqual(hosts);
      expect(first.body.investigations[0]?.id).not.toBe(second.body.investigations[0]?.id);
    });

    it.each([
      [{ status: 'closed' }, '[status]'],
      [{ sort_field: 'colour' }, '[sort_field]'],
      [{ start: 'now', end: 'now-1d' }, '[start]: must be before end'],
      [{ page: '101', per_page: '100' }, '[page]'],
    ])('returns 400 for %j', async (query, message) => {
      const { status, body } = await list(query);
      expect(status).toBe(400);
      expect(body.message).toContain(message);
    });
  });

  describe('GET /alerts', () => {
    it('shows investigation status and assignee', async () => {
      const alerts = await listAllAlerts();
      const row = (alertId: string) => alerts.find((alert) => alert.id === alertId);

      expect(row(connection.alert_id)).toMatchObject({ investigation_status: 'in_progress', assignee: 'lead', workflow_status: 'acknowledged' });
      expect(row(creation.alert_id)).toMatchObject({ investigation_status: 'in_progress', assignee: null });
      expect(row(python.alert_id)).toMatchObject({ investigation_status: 'submitted', assignee: 'second-analyst' });
      const untouched = alerts.filter((alert) => ![connection, creation, python].some((item) => item.alert_id === alert.id));
      expect(untouched.length).toBeGreaterThan(0);
      expect(untouched.every((alert) => alert.investigation_status === null && alert.assignee === null)).toBe(true);
    });

    it('filters by investigation status', async () => {
      const submitted = await listAllAlerts({ investigation_status: 'submitted' });
      expect(submitted.map((alert) => alert.id)).toEqual([python.alert_id]);

      const inProgress = await listAllAlerts({ investigation_status: 'in_progress', host: 'staging-03' });
      expect(inProgress.map((alert) => alert.id).sort()).toEqual([connection.alert_id, creation.alert_id].sort());
    });

    it('filters alerts without an investigation', async () => {
      const all = await listAllAlerts();
      const none = await listAllAlerts({ investigation_status: 'none' });
      const investigated = [connection.alert_id, creation.alert_id, python.alert_id];

      expect(none.length).toBe(all.length - investigated.length);
      expect(none.some((alert) => investigated.includes(alert.id))).toBe(false);
    });

    it('filters by assignee', async () => {
      const assigned = await listAllAlerts({ assignee: 'second-analyst' });
      expect(assigned.map((alert) => alert.id)).toEqual([python.alert_id]);

      const contradictory = await callApi<ListAlertsResponse>('/alerts', {
        query: { assignee: 'lead', investigation_status: 'none' },
      });
      expect(contradictory.body).toMatchObject({ alerts: [], total: 0 });
    });

    it('returns 400 for an unknown investigation status', async () => {
      const { status, body } = await callApi<ErrorBody>('/alerts', { query: { investigation_status: 'closed' } });
      expect(status).toBe(400);
      expect(body.message).toContain('[investigation_status]');
    });
  });

  describe('GET /investigations/{id}/report', () => {
    it('downloads Markdown named after the alert', async () => {
      const { status, body, headers } = await callApi<string>(`/investigations/${python.id}/report`);
      expect(status).toBe(200);
      expect(headers.get('content-type')).toBe('text/markdown; charset=utf-8');
      expect(headers.get('content-disposition')).toBe(
        `attachment; filename="investigation-${python.alert_id}.md"`
      );
      expect(body.startsWith(`# Investigation of alert ${python.alert_id.replace(/_/g, '\\_')}\n`)).toBe(true);
      expect(body).toContain('## Possible investigation steps');
      expect(body).toContain('## Evidence facts');
      expect(body).toContain('listening\\_port');
    });

    it('escapes notes', async () => {
      const { body } = await callApi<string>(`/investigations/${python.id}/report`);
      expect(body).toContain('\\# Injected heading');
      expect(body).toContain('\\[click\\](https\\://evil.example)');
      expect(body).toContain('&lt;script&gt;');
      expect(body).not.toMatch(/^# Injected/m);
      expect(body).not.toContain('<script>');
    });
  });

  describe('investigation ids', () => {
    it.each(['history', 'report'])('returns 404 for an unknown investigation on %s', async (route) => {
      const { status, body } = await callApi<ErrorBody>(`/investigations/default:no-such-alert/${route}`);
      expect(status).toBe(404);
      expect(body.message).toBe('Investigation [default:no-such-alert] was not found in space [default]');
    });

    it.each(['history', 'report'])('returns 404 for an id of another space on %s', async (route) => {
      const { status } = await callApi(`/investigations/other-space:${python.alert_id}/${route}`);
      expect(status).toBe(404);
    });

    it.each(['no-colon', 'default:a:b', 'Default:abc'])('returns 400 for the malformed id %s', async (id) => {
      const { status, body } = await callApi<ErrorBody>(`/investigations/${id}/history`);
      expect(status).toBe(400);
      expect(body.message).toContain('[id]: must be an investigation id');
    });
  });
});
