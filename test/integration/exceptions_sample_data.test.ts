import type { ListAlertsResponse } from '../../common/api/alerts';
import type {
  AlertExceptionsResponse,
  ExceptionRecord,
  PreviewExceptionResponse,
} from '../../common/api/exceptions';
import { PREVIEW_SAMPLE_SIZE } from '../../common/api/exceptions';
import type { Investigation } from '../../common/api/investigations';
import { EXCEPTIONS_INDEX, RULE_IDS } from '../../common/constants';
import type { ExceptionEntry } from '../../common/exceptions/entries';
import {
  callApi,
  closeTestEngineClient,
  findScenarioAlertIds,
  investigationPath,
  listAllAlerts,
  resetExceptions,
  resetScenarioInvestigations,
  testEngineClient,
} from './helpers';

interface BenignException {
  scenario: string;
  category: string;
  rule_ids: string[];
  entries: ExceptionEntry[];
  expire_time?: string;
}

const ALL_RULES = [RULE_IDS.connection, RULE_IDS.creation, RULE_IDS.pythonServer];
const DAY_MS = 24 * 60 * 60 * 1000;

/** One exception per benign scenario, written as an admin would from the alerts. */
const BENIGN_EXCEPTIONS: BenignException[] = [
  {
    scenario: 'developer',
    category: 'development_or_testing',
    rule_ids: ALL_RULES,
    entries: [
      { field: 'user.name', type: 'match', operator: 'included', value: 'mira' },
      { field: 'host.name', type: 'match', operator: 'included', value: 'dev-ws-07' },
      {
        field: 'process.working_directory',
        type: 'wildcard',
        operator: 'included',
        value: '/home/mira/projects/*',
      },
    ],
  },
  {
    scenario: 'cron',
    category: 'automation_or_cron',
    rule_ids: ALL_RULES,
    entries: [
      { field: 'user.name', type: 'match', operator: 'included', value: 'svc-reports' },
      { field: 'process.parent.name', type: 'match', operator: 'included', value: 'sh' },
    ],
  },
  {
    // Only the Connection rule's alerts carry the client address.
    scenario: 'training',
    category: 'training',
    rule_ids: [RULE_IDS.connection],
    entries: [
      { field: 'source.ip', type: 'match', operator: 'included', value: '10.20.30.0/24' },
      { field: 'process.name', type: 'wildcard', operator: 'included', value: 'php*' },
    ],
  },
  {
    scenario: 'internal_tool',
    category: 'internal_tool',
    rule_ids: ALL_RULES,
    entries: [
      {
        field: 'process.command_line',
        type: 'wildcard',
        operator: 'included',
        value: '*CGIHTTPServer 808?',
      },
      { field: 'host.name', type: 'match', operator: 'included', value: 'metrics-01' },
    ],
  },
  {
    // Only the Connection rule's alerts carry the listening port.
    scenario: 'temporary_project',
    category: 'temporary_project',
    rule_ids: [RULE_IDS.connection],
    entries: [
      { field: 'host.name', type: 'match', operator: 'included', value: 'staging-03' },
      { field: 'user.name', type: 'match', operator: 'included', value: 'ctr-okafor' },
      { field: 'destination.port', type: 'match', operator: 'included', value: '8443' },
    ],
    expire_time: new Date(Date.now() + 7 * DAY_MS).toISOString(),
  },
];

const ATTACK_SCENARIOS = ['backdoor', 'web_shell'];

async function scenarioAlertIds(scenario: string, ruleIds: readonly string[]): Promise<string[]> {
  const ids = await Promise.all(ruleIds.map((ruleId) => findScenarioAlertIds(scenario, ruleId)));
  return ids.flat().sort();
}

function exceptionBody(exception: BenignException) {
  return {
    name: `Benign ${exception.scenario} servers`,
    reason: `The ${exception.scenario} servers were investigated and are expected.`,
    category: exception.category,
    rule_ids: exception.rule_ids,
    entries: exception.entries,
    ...(exception.expire_time === undefined ? {} : { expire_time: exception.expire_time }),
  };
}

async function createException(body: Record<string, unknown>): Promise<ExceptionRecord> {
  const response = await callApi<ExceptionRecord>('/exceptions', { method: 'POST', body });
  expect(response.status).toBe(200);
  return response.body;
}

const ids = (alerts: ListAlertsResponse['alerts']) => alerts.map((alert) => alert.id).sort();

describe('exceptions on the sample data', () => {
  const expected = new Map<string, string[]>();
  let attackIds: string[];

  beforeAll(async () => {
    await resetExceptions();
    for (const exception of BENIGN_EXCEPTIONS) {
      const scenarioIds = await scenarioAlertIds(exception.scenario, exception.rule_ids);
      expected.set(exception.scenario, scenarioIds);
    }
    const attacks = await Promise.all(
      ATTACK_SCENARIOS.map((scenario) => scenarioAlertIds(scenario, ALL_RULES))
    );
    attackIds = attacks.flat();
    expect(attackIds.length).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await resetExceptions();
    await closeTestEngineClient();
  });

  it('has no alerts for the container scenario, which the rules exclude', async () => {
    expect(await scenarioAlertIds('container_noise', ALL_RULES)).toEqual([]);
  });

  it.each(BENIGN_EXCEPTIONS.map((exception) => [exception.scenario, exception] as const))(
    'previews the %s exception',
    async (scenario, exception) => {
      const scenarioIds = expected.get(scenario) ?? [];
      expect(scenarioIds.length).toBeGreaterThan(0);

      const { status, body } = await callApi<PreviewExceptionResponse>('/exceptions/_preview', {
        method: 'POST',
        body: { rule_ids: exception.rule_ids, entries: exception.entries },
      });

      expect(status).toBe(200);
      expect(body.matched).toBe(scenarioIds.length);
      expect(body.sample).toHaveLength(Math.min(PREVIEW_SAMPLE_SIZE, scenarioIds.length));
      expect(body.sample.every((alert) => scenarioIds.includes(alert.id))).toBe(true);
      const ruleIds = body.sample.map((alert) => alert.rule.rule_id);
      expect(ruleIds.every((ruleId) => exception.rule_ids.includes(ruleId))).toBe(true);
      expect(body.total).toBeGreaterThan(body.matched);
      expect(body.true_positive_alert_ids).toEqual([]);
    }
  );

  it('counts the alerts of the rules in the preview total', async () => {
    const entries = BENIGN_EXCEPTIONS[0]?.entries;
    const preview = await callApi<PreviewExceptionResponse>('/exceptions/_preview', {
      method: 'POST',
      body: { rule_ids: [RULE_IDS.connection], entries },
    });
    const list = await callApi<ListAlertsResponse>('/alerts', {
      query: { rule_id: RULE_IDS.connection, per_page: '1' },
    });
    expect(preview.body.total).toBe(list.body.total);
  });

  it('rejects an invalid entry and names it', async () => {
    const { status, body } = await callApi<{ message: string }>('/exceptions/_preview', {
      method: 'POST',
      body: {
        entries: [
          { field: 'user.name', type: 'match', operator: 'included', value: 'mira' },
          { field: 'source.ip', type: 'wildcard', operator: 'included', value: '10.*' },
        ],
      },
    });
    expect(status).toBe(400);
    expect(body.message).toContain('[entries.1.type]');
  });

  describe('with the exceptions saved', () => {
    const created = new Map<string, ExceptionRecord>();

    beforeAll(async () => {
      for (const exception of BENIGN_EXCEPTIONS) {
        created.set(exception.scenario, await createException(exceptionBody(exception)));
      }
    });

    it('lists only the matched alerts with exceptions=only', async () => {
      const alerts = await listAllAlerts({ exceptions: 'only' });
      const union = [...expected.values()].flat().sort();

      expect(ids(alerts)).toEqual(union);
      expect(alerts.some((alert) => attackIds.includes(alert.id))).toBe(false);
    });

    it('marks each row with the exception of its scenario', async () => {
      const alerts = await listAllAlerts({ exceptions: 'only' });
      for (const [scenario, record] of created) {
        const marked = alerts.filter((alert) =>
          alert.exceptions.some((summary) => summary.id === record.id)
        );
        expect([scenario, ids(marked)]).toEqual([scenario, expected.get(scenario)]);
      }
      expect(alerts.every((alert) => alert.exceptions.length === 1)).toBe(true);
      expect(alerts.every((alert) => alert.exceptions[0]?.status === 'active')).toBe(true);
    });

    it('hides the matched alerts with exceptions=hide', async () => {
      const all = await listAllAlerts();
      const hidden = await listAllAlerts({ exceptions: 'hide' });
      const union = new Set([...expected.values()].flat());

      expect(ids(hidden)).toEqual(ids(all).filter((id) => !union.has(id)));
      expect(attackIds.every((id) => hidden.some((alert) => alert.id === id))).toBe(true);
      expect(hidden.every((alert) => alert.exceptions.length === 0)).toBe(true);
    });

    it('counts the filtered totals before paging', async () => {
      const page = async (filter?: string) =>
        callApi<ListAlertsResponse>('/alerts', {
          query: { per_page: '5', ...(filter === undefined ? {} : { exceptions: filter }) },
        });
      const [all, only, hide] = await Promise.all([page(), page('only'), page('hide')]);
      const union = [...expected.values()].flat();

      expect(only.body.total).toBe(union.length);
      expect(hide.body.total).toBe(all.body.total - union.length);
      expect(only.body.alerts).toHaveLength(5);
    });

    it('rejects an unknown exceptions filter', async () => {
      const { status } = await callApi('/alerts', { query: { exceptions: 'all' } });
      expect(status).toBe(400);
    });

    it('returns the matching exceptions of one alert', async () => {
      const [alertId] = expected.get('cron') ?? [];
      const { status, body } = await callApi<AlertExceptionsResponse>(
        `/alerts/${alertId}/exceptions`
      );
      expect(status).toBe(200);
      expect(body.matches.map((summary) => summary.id)).toEqual([created.get('cron')?.id]);
      expect(body.proposals).toEqual([]);
    });

    it('returns no match for an attack alert', async () => {
      const { body } = await callApi<AlertExceptionsResponse>(`/alerts/${attackIds[0]}/exceptions`);
      expect(body.matches).toEqual([]);
    });

    it('returns 404 for an unknown alert', async () => {
      const { status } = await callApi('/alerts/no-such-alert/exceptions');
      expect(status).toBe(404);
    });
  });
});

describe('an expired exception', () => {
  beforeAll(resetExceptions);
  afterAll(async () => {
    await resetExceptions();
    await closeTestEngineClient();
  });

  it('matches nothing once its expire time passes', async () => {
    const [developer] = BENIGN_EXCEPTIONS;
    if (developer === undefined) {
      throw new Error('The developer exception is missing from the table');
    }
    const record = await createException({
      ...exceptionBody(developer),
      expire_time: new Date(Date.now() + DAY_MS).toISOString(),
    });
    const before = await listAllAlerts({ exceptions: 'only' });
    expect(before.length).toBeGreaterThan(0);

    await testEngineClient().update({
      index: EXCEPTIONS_INDEX,
      id: `default:${record.id}`,
      doc: { expire_time: new Date(Date.now() - 1000).toISOString() },
      refresh: true,
    });

    const after = await callApi<ListAlertsResponse>('/alerts', { query: { exceptions: 'only' } });
    expect(after.body.total).toBe(0);
    const [alertId] = ids(before);
    const single = await callApi<AlertExceptionsResponse>(`/alerts/${alertId}/exceptions`);
    expect(single.body.matches).toEqual([]);
  });
});

describe('preview and proposals of investigated alerts', () => {
  afterAll(async () => {
    await resetExceptions();
    await resetScenarioInvestigations('backdoor');
    await resetScenarioInvestigations('developer');
    await closeTestEngineClient();
  });

  async function setVerdict(alertId: string, fields: Record<string, unknown>): Promise<void> {
    const started = await callApi<Investigation>(investigationPath(alertId), {
      method: 'POST',
      body: {},
    });
    expect(started.status).toBe(200);
    const updated = await callApi<Investigation>(investigationPath(alertId), {
      method: 'PATCH',
      body: { version: started.body.version, ...fields },
    });
    expect(updated.status).toBe(200);
  }

  it('names matched alerts whose investigation found a true positive', async () => {
    const [shellId] = await findScenarioAlertIds('backdoor', RULE_IDS.connection);
    if (shellId === undefined) {
      throw new Error('The backdoor scenario has no Connection alert');
    }
    await setVerdict(shellId, { verdict: 'true_positive' });

    const { body } = await callApi<PreviewExceptionResponse>('/exceptions/_preview', {
      method: 'POST',
      body: {
        entries: [{ field: 'host.name', type: 'match', operator: 'included', value: 'web-01' }],
      },
    });
    expect(body.matched).toBeGreaterThan(0);
    expect(body.true_positive_alert_ids).toEqual([shellId]);
  });

  it('lists a proposal of the alert with its status', async () => {
    const [developer] = BENIGN_EXCEPTIONS;
    // The developer's browser connects over loopback only, so the Python rule alone fires.
    const [alertId] = await findScenarioAlertIds('developer', RULE_IDS.pythonServer);
    if (developer === undefined || alertId === undefined) {
      throw new Error('The developer scenario has no Python server alert');
    }
    await setVerdict(alertId, {
      verdict: 'false_positive',
      false_positive_category: 'development_or_testing',
    });
    const proposed = await callApi<ExceptionRecord>(`/alerts/${alertId}/exception_proposals`, {
      method: 'POST',
      body: exceptionBody(developer),
    });
    expect(proposed.status).toBe(200);

    const { body } = await callApi<AlertExceptionsResponse>(`/alerts/${alertId}/exceptions`);
    expect(body.proposals.map((summary) => [summary.id, summary.status])).toEqual([
      [proposed.body.id, 'proposed'],
    ]);
    expect(body.matches).toEqual([]);
  });
});
