import type { ChecklistsResponse } from '../../common/api/checklists';
import type { Investigation } from '../../common/api/investigations';
import { RULE_IDS } from '../../common/constants';
import {
  callApi,
  closeTestEngineClient,
  findScenarioAlertIds,
  investigationPath,
  readAlertWorkflow,
  resetScenarioInvestigations,
} from './helpers';

/** The training scenario's alerts belong to this file; other files use other scenarios. */
const SCENARIO = 'training';

interface ErrorBody {
  message: string;
}

type Result = Investigation & ErrorBody;

async function post(path: string, body: Record<string, unknown>) {
  return callApi<Result>(path, { method: 'POST', body });
}

async function patch(alertId: string, body: Record<string, unknown>) {
  return callApi<Result>(investigationPath(alertId), { method: 'PATCH', body });
}

/** Starts an investigation, sets the fields and submits and approves it. */
async function approveWith(alertId: string, fields: Record<string, unknown>): Promise<Investigation> {
  const started = await post(investigationPath(alertId), {});
  expect(started.status).toBe(200);
  const updated = await patch(alertId, { version: started.body.version, ...fields });
  expect(updated.status).toBe(200);
  const submitted = await post(investigationPath(alertId, '_submit'), { version: updated.body.version });
  expect(submitted.status).toBe(200);
  const approved = await post(investigationPath(alertId, '_approve'), { version: submitted.body.version });
  expect(approved.status).toBe(200);
  return approved.body;
}

async function statuses(alertId: string): Promise<unknown[]> {
  return (await readAlertWorkflow(alertId)).map((document) => document.status);
}

describe('approved investigations and the alert workflow status', () => {
  let connectionIds: string[];
  let creationIds: string[];

  beforeAll(async () => {
    await resetScenarioInvestigations(SCENARIO);
    connectionIds = await findScenarioAlertIds(SCENARIO, RULE_IDS.connection);
    creationIds = await findScenarioAlertIds(SCENARIO, RULE_IDS.creation);
    expect(connectionIds.length).toBeGreaterThanOrEqual(3);
    expect(creationIds.length).toBeGreaterThanOrEqual(1);
  });

  afterAll(async () => {
    await resetScenarioInvestigations(SCENARIO);
    await closeTestEngineClient();
  });

  describe('a true positive', () => {
    let alertId: string;
    let responseIds: string[];
    let current: Investigation;

    beforeAll(async () => {
      alertId = connectionIds[0] ?? '';
      const { body } = await callApi<ChecklistsResponse>(`/alerts/${alertId}/checklists`);
      responseIds = body.sections.find((section) => section.id === 'response')?.items.map((item) => item.id) ?? [];
      expect(responseIds.length).toBeGreaterThan(1);
    });

    it('stays acknowledged while response is open', async () => {
      current = await approveWith(alertId, { verdict: 'true_positive' });
      expect(current.status).toBe('approved');
      expect(await statuses(alertId)).toEqual(['acknowledged', 'acknowledged', 'acknowledged']);
    });

    it('rejects changes other than response steps', async () => {
      const investigationStep = await patch(alertId, {
        version: current.version,
        steps: [{ item_id: 'investigation-1', checked: true }],
      });
      expect(investigationStep.status).toBe(400);
      expect(investigationStep.body.message).toContain('only its response steps can change');

      const verdict = await patch(alertId, { version: current.version, verdict: 'undetermined' });
      expect(verdict.status).toBe(400);
      expect(verdict.body.message).toContain('Remove [verdict]');
    });

    it('saves response steps one by one', async () => {
      const [last, ...others] = responseIds;
      const partial = await patch(alertId, {
        version: current.version,
        steps: others.map((itemId) => ({ item_id: itemId, checked: true, action_taken: `Done: ${itemId}` })),
      });
      expect(partial.status).toBe(200);
      expect(await statuses(alertId)).toEqual(['acknowledged', 'acknowledged', 'acknowledged']);

      const complete = await patch(alertId, {
        version: partial.body.version,
        steps: [{ item_id: last, checked: true, note: 'Lab host reimaged' }],
      });
      expect(complete.status).toBe(200);
      current = complete.body;
    });

    it('closes the alert when response completes', async () => {
      const documents = await readAlertWorkflow(alertId);
      expect(documents).toHaveLength(3);
      for (const document of documents) {
        expect(document.status).toBe('closed');
        expect(document.reason).toBe('true_positive: response complete');
      }
    });

    it('rejects any change once the response is complete', async () => {
      const { status, body } = await patch(alertId, {
        version: current.version,
        steps: [{ item_id: responseIds[0], checked: false }],
      });
      expect(status).toBe(400);
      expect(body.message).toContain('complete response checklist');
    });
  });

  it('keeps approved undetermined alert acknowledged', async () => {
    const alertId = connectionIds[1] ?? '';
    await approveWith(alertId, { verdict: 'undetermined' });
    expect(await statuses(alertId)).toEqual(['acknowledged', 'acknowledged', 'acknowledged']);
  });

  it('closes an approved benign true positive', async () => {
    const alertId = connectionIds[2] ?? '';
    await approveWith(alertId, {
      verdict: 'benign_true_positive',
      false_positive_category: 'training',
      closing_reason: 'Students serve coursework in the lab',
    });
    const documents = await readAlertWorkflow(alertId);
    expect(documents.map((document) => document.status)).toEqual(['closed', 'closed', 'closed']);
    expect(documents.map((document) => document.reason)).toEqual([
      'Students serve coursework in the lab',
      'Students serve coursework in the lab',
      'Students serve coursework in the lab',
    ]);
  });

  it('acknowledges a single-event alert', async () => {
    const alertId = creationIds[0] ?? '';
    const started = await post(investigationPath(alertId), { assignee: 'lead' });
    expect(started.status).toBe(200);
    expect(started.body.assignee).toBe('lead');
    expect(started.body.rule_id).toBe(RULE_IDS.creation);

    const documents = await readAlertWorkflow(alertId);
    expect(documents).toEqual([expect.objectContaining({ id: alertId, buildingBlock: false, status: 'acknowledged' })]);
  });
});
