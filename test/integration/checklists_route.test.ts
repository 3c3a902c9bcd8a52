import type { ChecklistsResponse } from '../../common/api/checklists';
import { RULE_IDS } from '../../common/constants';
import { callApi, closeTestEngineClient, findScenarioAlertIds } from './helpers';

describe('GET /alerts/{alert_id}/checklists', () => {
  afterAll(closeTestEngineClient);

  it('parses the three checklists from the rule guide', async () => {
    const [alertId] = await findScenarioAlertIds('web_shell', RULE_IDS.connection);
    const { status, body } = await callApi<ChecklistsResponse>(`/alerts/${alertId}/checklists`);

    expect(status).toBe(200);
    expect(body.rule_id).toBe(RULE_IDS.connection);
    expect(body.rule_name).toBe('Simple HTTP Web Server Connection');
    expect(body.guide_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(body.sections.map((section) => section.id)).toEqual([
      'investigation',
      'false_positive',
      'response',
    ]);
    for (const section of body.sections) {
      expect(section.items.length).toBeGreaterThan(2);
    }
  });

  it('links investigation steps to evidence panels', async () => {
    const [alertId] = await findScenarioAlertIds('backdoor', RULE_IDS.creation);
    const { body } = await callApi<ChecklistsResponse>(`/alerts/${alertId}/checklists`);
    const steps = body.sections[0]?.items ?? [];

    expect(steps.every((step) => step.panels.length > 0)).toBe(true);
    expect(steps.some((step) => step.panels.includes('files'))).toBe(true);
  });

  it('answers 404 for an unknown alert', async () => {
    const { status } = await callApi('/alerts/0000/checklists');
    expect(status).toBe(404);
  });

  it('answers 400 for an over-long alert id', async () => {
    const { status, body } = await callApi<{ message: string }>(
      `/alerts/${'a'.repeat(200)}/checklists`
    );
    expect(status).toBe(400);
    expect(body.message).toContain('[alert_id]');
  });
});
