import type { AlertEvidence, DerivedFact, FactId } from '../../common/api/evidence';
import { RULE_IDS } from '../../common/constants';
import { callApi, closeTestEngineClient, findScenarioAlertIds } from './helpers';

async function evidenceFor(scenario: string, ruleId: string): Promise<AlertEvidence> {
  const [alertId] = await findScenarioAlertIds(scenario, ruleId);
  if (alertId === undefined) {
    throw new Error(`The sample data has no ${ruleId} alert for the ${scenario} scenario`);
  }
  const { status, body } = await callApi<AlertEvidence>(`/alerts/${alertId}/evidence`);
  expect(status).toBe(200);
  return body;
}

function fact(evidence: AlertEvidence, id: FactId): DerivedFact | undefined {
  return evidence.facts.find((candidate) => candidate.id === id);
}

describe('GET /alerts/{alert_id}/evidence', () => {
  afterAll(closeTestEngineClient);

  describe('backdoor', () => {
    let evidence: AlertEvidence;
    beforeAll(async () => {
      evidence = await evidenceFor('backdoor', RULE_IDS.connection);
    });

    it('reads the server process from the building blocks', () => {
      expect(evidence.alert.building_block_ids).toHaveLength(2);
      expect(evidence.process?.name).toMatch(/^python3/);
      expect(evidence.process?.args).toEqual(expect.arrayContaining(['--cgi', '8080']));
      expect(evidence.process?.working_directory).toBe('/dev/shm');
      expect(evidence.process?.user_name).toBe('www-data');
    });

    it('shows the shell child of the server', () => {
      const shells = evidence.children.filter((child) => child.is_shell);
      expect(shells.length).toBeGreaterThan(0);
      expect(shells[0]?.parent_entity_id).toBe(evidence.process?.entity_id);
      expect(fact(evidence, 'shell_children')?.concerning).toBe(true);
      expect(fact(evidence, 'shell_children')?.events.length).toBeGreaterThan(0);
    });

    it('groups public clients', () => {
      const publicClients = evidence.clients.filter((client) => client.kind === 'public');
      expect(publicClients.length).toBeGreaterThan(0);
      for (const client of publicClients) {
        expect(client.connections).toBeGreaterThan(0);
        expect(client.events.length).toBeGreaterThan(0);
      }
      expect(fact(evidence, 'public_clients')?.concerning).toBe(true);
    });

    it('finds the outbound attempt to a public address', () => {
      expect(evidence.outbound.some((connection) => connection.kind === 'public')).toBe(true);
    });

    it('finds the script dropped in cgi-bin', () => {
      const scripts = evidence.files.filter((file) => file.is_script);
      expect(scripts.some((file) => file.path.startsWith('/dev/shm/cgi-bin/'))).toBe(true);
      expect(fact(evidence, 'scripts_in_served_directory')?.concerning).toBe(true);
    });

    it('derives the listening facts from the command line', () => {
      expect(fact(evidence, 'listening_port')?.value).toBe(8080);
      expect(fact(evidence, 'cgi_enabled')?.value).toBe(true);
      expect(fact(evidence, 'served_directory_kind')?.value).toBe('temporary');
      expect(fact(evidence, 'listening_port')?.events.length).toBeGreaterThan(0);
    });

    it('lists the other alerts on the host and a timeline', () => {
      expect(evidence.related_alerts.length).toBeGreaterThan(0);
      expect(evidence.related_alerts.some((alert) => alert.id === evidence.alert.id)).toBe(false);
      const times = evidence.timeline.map((entry) => Date.parse(entry.timestamp));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    });
  });

  it('shows how the web shell user got in over ssh', async () => {
    const evidence = await evidenceFor('web_shell', RULE_IDS.connection);
    expect(evidence.entry?.type).toBe('sshd');
    expect(evidence.entry?.source_kind).toBe('public');
    expect(fact(evidence, 'started_by_root')?.value).toBe(true);
    expect(evidence.files.some((file) => file.name === 'shell.php' && file.is_script)).toBe(true);
    expect(fact(evidence, 'served_directory_kind')?.value).toBe('web_root');
  });

  it('shows only loopback clients for the developer', async () => {
    const evidence = await evidenceFor('developer', RULE_IDS.pythonServer);
    expect(evidence.clients.length).toBeGreaterThan(0);
    expect(evidence.clients.every((client) => client.kind === 'loopback')).toBe(true);
    expect(fact(evidence, 'public_clients')?.concerning).toBe(false);
    expect(evidence.children.some((child) => child.is_shell)).toBe(false);
    expect(fact(evidence, 'served_directory_kind')?.value).toBe('home');
    expect(fact(evidence, 'launched_by')?.value).toBe('terminal');
  });

  it('names cron and systemd as launchers', async () => {
    const cron = await evidenceFor('cron', RULE_IDS.connection);
    expect(fact(cron, 'launched_by')?.value).toBe('cron');
    expect(cron.process?.end).not.toBeNull();

    const tool = await evidenceFor('internal_tool', RULE_IDS.connection);
    expect(fact(tool, 'launched_by')?.value).toBe('systemd');
    expect(tool.clients.every((client) => client.kind === 'private')).toBe(true);
  });

  it('answers 404 for an unknown alert', async () => {
    const { status, body } = await callApi<{ message: string }>('/alerts/no-such-alert/evidence');
    expect(status).toBe(404);
    expect(body.message).toContain('[no-such-alert]');
  });

  it('answers 400 for an invalid alert id', async () => {
    const { status, body } = await callApi<{ message: string }>('/alerts/bad%20id%3F/evidence');
    expect(status).toBe(400);
    expect(body.message).toContain('[alert_id]');
  });
});
