import type { ListAlertsResponse } from '../../common/api/alerts';
import { RULE_IDS, SUPPORTED_RULE_IDS } from '../../common/constants';
import { callApi, closeTestEngineClient, findScenarioAlertIds, listAllAlerts } from './helpers';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

describe('GET /alerts', () => {
  afterAll(closeTestEngineClient);

  it('lists alerts of the supported rules, newest first', async () => {
    const { status, body } = await callApi<ListAlertsResponse>('/alerts');

    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(10);
    expect(body.alerts).toHaveLength(Math.min(25, body.total));
    for (const alert of body.alerts) {
      expect(SUPPORTED_RULE_IDS).toContain(alert.rule.rule_id);
    }
    const times = body.alerts.map((alert) => Date.parse(alert.timestamp));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('lists shell alerts and never building blocks', async () => {
    const alerts = await listAllAlerts();
    const [backdoorShellId] = await findScenarioAlertIds('backdoor', RULE_IDS.connection);
    const shell = alerts.find((alert) => alert.id === backdoorShellId);

    expect(shell?.building_block_count).toBe(2);
    expect(alerts.every((alert) => alert.building_block_count === 0 || alert.building_block_count === 2)).toBe(true);
  });

  it('fills the shell row from its building blocks and connections', async () => {
    const alerts = await listAllAlerts();
    const [backdoorShellId] = await findScenarioAlertIds('backdoor', RULE_IDS.connection);
    const row = alerts.find((alert) => alert.id === backdoorShellId);

    expect(row?.user_name).toBe('www-data');
    expect(row?.process_name).toMatch(/^python3/);
    expect(row?.command_line).toContain('--cgi');
    expect(row?.listening_port).toBe(8080);
    expect(row?.served_directory).toBe('/dev/shm');
    expect(row?.distinct_clients).toBeGreaterThan(0);
    expect(row?.workflow_status).toBe('open');
  });

  it('has no alert for the container scenario', async () => {
    expect(await findScenarioAlertIds('container_noise', RULE_IDS.connection)).toEqual([]);
    expect(await findScenarioAlertIds('container_noise', RULE_IDS.creation)).toEqual([]);
    const alerts = await listAllAlerts({ search: 'runc' });
    expect(alerts).toEqual([]);
  });

  it('filters by rule, user and free text', async () => {
    const byRule = await listAllAlerts({ rule_id: RULE_IDS.pythonServer });
    expect(byRule.length).toBeGreaterThan(0);
    expect(byRule.every((alert) => alert.rule.rule_id === RULE_IDS.pythonServer)).toBe(true);

    const byUser = await listAllAlerts({ user: 'www-data' });
    expect(byUser.length).toBeGreaterThan(0);
    expect(byUser.every((alert) => alert.user_name === 'www-data')).toBe(true);

    const bySearch = await listAllAlerts({ search: 'CGIHTTPSERVER' });
    expect(bySearch.length).toBeGreaterThan(0);
    expect(bySearch.every((alert) => alert.command_line?.includes('CGIHTTPServer'))).toBe(true);
  });

  it('treats wildcard characters in the search as text', async () => {
    const alerts = await listAllAlerts({ search: '*' });
    expect(alerts).toEqual([]);
  });

  it('filters by workflow status', async () => {
    expect((await listAllAlerts({ status: 'closed' })).length).toBe(0);
    expect((await listAllAlerts({ status: 'open' })).length).toBeGreaterThan(0);
  });

  it('sorts by host in both orders', async () => {
    const ascending = await callApi<ListAlertsResponse>('/alerts', {
      query: { sort_field: 'host', sort_order: 'asc', per_page: '100' },
    });
    const hosts = ascending.body.alerts.map((alert) => alert.host_name ?? '');
    expect(hosts).toEqual([...hosts].sort());

    const descending = await callApi<ListAlertsResponse>('/alerts', {
      query: { sort_field: 'host', sort_order: 'desc', per_page: '1' },
    });
    expect(descending.body.alerts[0]?.host_name).toBe(hosts[hosts.length - 1]);
  });

  it('pages without overlap', async () => {
    const first = await callApi<ListAlertsResponse>('/alerts', { query: { per_page: '5' } });
    const second = await callApi<ListAlertsResponse>('/alerts', {
      query: { per_page: '5', page: '2' },
    });
    const firstIds = first.body.alerts.map((alert) => alert.id);
    expect(second.body.page).toBe(2);
    expect(second.body.alerts.some((alert) => firstIds.includes(alert.id))).toBe(false);
  });

  it('returns an empty page for a period without alerts', async () => {
    const { status, body } = await callApi<ListAlertsResponse>('/alerts', {
      query: { start: '2001-01-01T00:00:00Z', end: '2001-01-02T00:00:00Z' },
    });
    expect(status).toBe(200);
    expect(body).toEqual({ alerts: [], total: 0, page: 1, per_page: 25 });
  });

  it.each([
    [{ per_page: '0' }, '[per_page]: must be at least 1'],
    [{ per_page: '101' }, '[per_page]: must be at most 100'],
    [{ page: 'two' }, '[page]'],
    [{ sort_field: 'colour' }, '[sort_field]'],
    [{ status: 'resolved' }, '[status]'],
    [{ start: 'last tuesday' }, '[start]: must be an ISO 8601 date'],
    [{ start: 'now', end: 'now-1d' }, '[start]: must be before end'],
    [{ rule_id: 'not-a-rule' }, '[rule_id]'],
    [{ colour: 'red' }, 'unknown query parameter [colour]'],
  ])('rejects %j with 400', async (query, expected) => {
    const { status, body } = await callApi<ErrorBody>('/alerts', { query });
    expect(status).toBe(400);
    expect(body.error).toBe('Bad Request');
    expect(body.message).toContain(expected);
  });

  it('rejects an unknown API version', async () => {
    const { status, body } = await callApi<ErrorBody>('/alerts', {
      headers: { 'elastic-api-version': '1999-01-01' },
    });
    expect(status).toBe(400);
    expect(body.message).toContain('Available versions are: [2023-10-31]');
  });
});
