import type { ChecklistsResponse } from '../../common/api/checklists';
import type { Investigation, InvestigationHistoryResponse } from '../../common/api/investigations';
import { RULE_IDS } from '../../common/constants';
import {
  callApi,
  closeTestEngineClient,
  findScenarioAlertIds,
  investigationPath,
  readAlertWorkflow,
  resetScenarioInvestigations,
} from './helpers';

/** The cron scenario's Connection alerts belong to this file; other files use other scenarios. */
const SCENARIO = 'cron';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  attributes?: { current?: Investigation };
}

async function start(alertId: string) {
  return callApi<Investigation & ErrorBody>(investigationPath(alertId), { method: 'POST', body: {} });
}

async function patch(alertId: string, body: Record<string, unknown>) {
  return callApi<Investigation & ErrorBody>(investigationPath(alertId), { method: 'PATCH', body });
}

async function transition(alertId: string, name: '_submit' | '_approve' | '_return', body: Record<string, unknown>) {
  return callApi<Investigation & ErrorBody>(investigationPath(alertId, name), { method: 'POST', body });
}

describe('investigation workflow', () => {
  let alertIds: string[];

  beforeAll(async () => {
    await resetScenarioInvestigations(SCENARIO);
    alertIds = await findScenarioAlertIds(SCENARIO, RULE_IDS.connection);
    expect(alertIds.length).toBeGreaterThanOrEqual(4);
  });

  afterAll(async () => {
    await resetScenarioInvestigations(SCENARIO);
    await closeTestEngineClient();
  });

  describe('a false positive from start to approval', () => {
    let alertId: string;
    let current: Investigation;

    beforeAll(() => {
      alertId = alertIds[0] ?? '';
    });

    it('returns 404 before the investigation starts', async () => {
      const { status, body } = await callApi<ErrorBody>(investigationPath(alertId));
      expect(status).toBe(404);
      expect(body.message).toContain(`Alert [${alertId}] has no investigation`);
    });

    it('starts with every checklist step', async () => {
      const checklists = await callApi<ChecklistsResponse>(`/alerts/${alertId}/checklists`);
      const { status, body } = await start(alertId);

      expect(status).toBe(200);
      expect(body).toMatchObject({
        id: `default:${alertId}`,
        space_id: 'default',
        alert_id: alertId,
        rule_id: RULE_IDS.connection,
        status: 'in_progress',
        analyst: 'admin',
        assignee: null,
        verdict: null,
        guide_hash: checklists.body.guide_hash,
        host_name: 'reports-01',
      });
      const itemIds = checklists.body.sections.flatMap((section) => section.items.map((item) => item.id));
      expect(body.steps.map((step) => step.item_id)).toEqual(itemIds);
      expect(body.version).toMatch(/^[A-Za-z0-9+/=]+$/);
      current = body;
    });

    it('acknowledges the shell alert and its building blocks', async () => {
      const documents = await readAlertWorkflow(alertId);
      expect(documents).toHaveLength(3);
      expect(documents.filter((document) => document.buildingBlock)).toHaveLength(2);
      for (const document of documents) {
        expect(document.status).toBe('acknowledged');
        expect(document.user).toBe('admin');
        expect(typeof document.updatedAt).toBe('string');
      }
    });

    it('reads the saved investigation', async () => {
      const { status, body } = await callApi<Investigation>(investigationPath(alertId));
      expect(status).toBe(200);
      expect(body).toEqual(current);
    });

    it('returns 409 with the current record for a second start', async () => {
      const { status, body } = await start(alertId);
      expect(status).toBe(409);
      expect(body.error).toBe('Conflict');
      expect(body.message).toContain('already has an investigation');
      expect(body.attributes?.current).toEqual(current);
    });

    it('saves a step and returns a new version', async () => {
      const { status, body } = await patch(alertId, {
        version: current.version,
        steps: [{ item_id: 'investigation-1', checked: true, note: 'Runs nightly from cron' }],
      });
      expect(status).toBe(200);
      expect(body.version).not.toBe(current.version);
      expect(body.steps[0]).toMatchObject({
        item_id: 'investigation-1',
        checked: true,
        checked_by: 'admin',
        note: 'Runs nightly from cron',
        note_updated_by: 'admin',
      });
      current = body;
    });

    it('returns 409 with the current record for a stale version', async () => {
      const stale = await callApi<Investigation>(investigationPath(alertId));
      const first = await patch(alertId, { version: stale.body.version, assignee: 'lead' });
      expect(first.status).toBe(200);

      const second = await patch(alertId, { version: stale.body.version, assignee: 'someone-else' });
      expect(second.status).toBe(409);
      expect(second.body.message).toContain('has changed since version');
      expect(second.body.attributes?.current).toEqual(first.body);
      current = first.body;
    });

    it.each([
      [{ steps: [{ item_id: 'investigation-99', checked: true }] }, 'Step [investigation-99] is not in the current checklists'],
      [{ steps: [{ item_id: 'investigation-1', action_taken: 'x' }] }, 'action_taken applies only to response steps'],
    ])('returns 400 for %j', async (change, message) => {
      const { status, body } = await patch(alertId, { version: current.version, ...change });
      expect(status).toBe(400);
      expect(body.message).toContain(message);
    });

    it.each([
      [{ assignee: 'lead' }, '[version]'],
      [{ version: 'WzEsMV0=', colour: 'red' }, 'unknown body parameter [colour]'],
      [{ version: 'bm90IGEgdmVyc2lvbg==' }, 'is not a version this server returned'],
      [{ version: 'x', steps: [{ item_id: 'step one' }] }, '[steps.0.item_id]'],
    ])('returns 400 for the invalid body %j', async (body, message) => {
      const response = await patch(alertId, body);
      expect(response.status).toBe(400);
      expect(response.body.message).toContain(message);
    });

    it('rejects a write without the kbn-xsrf header', async () => {
      const { status, body } = await callApi<ErrorBody>(investigationPath(alertId), {
        method: 'PATCH',
        body: { version: current.version, assignee: 'x' },
        xsrf: false,
      });
      expect(status).toBe(400);
      expect(body.message).toContain('kbn-xsrf');
    });

    it('rejects submitting without a verdict', async () => {
      const { status, body } = await transition(alertId, '_submit', { version: current.version });
      expect(status).toBe(400);
      expect(body.message).toContain('cannot be submitted without a verdict');
    });

    it('rejects approving a never-submitted investigation', async () => {
      const { status, body } = await transition(alertId, '_approve', { version: current.version });
      expect(status).toBe(400);
      expect(body.message).toBe(
        `Investigation of alert [${alertId}] cannot be approved because its status is in_progress. Only submitted investigations can be approved.`
      );
    });

    it('rejects submitting a false positive without a category', async () => {
      const verdict = await patch(alertId, { version: current.version, verdict: 'false_positive' });
      expect(verdict.status).toBe(200);
      current = verdict.body;

      const { status, body } = await transition(alertId, '_submit', { version: current.version });
      expect(status).toBe(400);
      expect(body.message).toContain('without a false_positive_category');
    });

    it('submits a complete false positive', async () => {
      const fields = await patch(alertId, {
        version: current.version,
        false_positive_category: 'automation_or_cron',
        closing_reason: 'Nightly report job serves /srv/reports on loopback',
      });
      expect(fields.status).toBe(200);

      const { status, body } = await transition(alertId, '_submit', { version: fields.body.version });
      expect(status).toBe(200);
      expect(body.status).toBe('submitted');
      expect(typeof body.submitted_at).toBe('string');
      current = body;
    });

    it('rejects edits while the investigation waits for review', async () => {
      const { status, body } = await patch(alertId, { version: current.version, assignee: 'x' });
      expect(status).toBe(400);
      expect(body.message).toContain('is waiting for review');
    });

    it('rejects returning without a comment', async () => {
      const blank = await transition(alertId, '_return', { version: current.version, comment: '   ' });
      expect(blank.status).toBe(400);
      expect(blank.body.message).toContain('[comment]: must say what to change');

      const missing = await transition(alertId, '_return', { version: current.version });
      expect(missing.status).toBe(400);
      expect(missing.body.message).toContain('[comment]');
    });

    it('returns with a comment and resubmits', async () => {
      const returned = await transition(alertId, '_return', {
        version: current.version,
        comment: 'Name the cron entry in a note',
      });
      expect(returned.status).toBe(200);
      expect(returned.body.status).toBe('returned');
      expect(returned.body.review_comments).toEqual([
        expect.objectContaining({ action: 'returned', author: 'admin', comment: 'Name the cron entry in a note' }),
      ]);

      const noted = await patch(alertId, {
        version: returned.body.version,
        steps: [{ item_id: 'investigation-2', note: '/etc/cron.d/reports' }],
      });
      expect(noted.status).toBe(200);

      const submitted = await transition(alertId, '_submit', { version: noted.body.version });
      expect(submitted.status).toBe(200);
      current = submitted.body;
    });

    it('closes alert and building blocks on approval', async () => {
      const { status, body } = await transition(alertId, '_approve', { version: current.version, comment: 'Agreed' });
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'approved', reviewed_by: 'admin' });
      current = body;

      const documents = await readAlertWorkflow(alertId);
      expect(documents).toHaveLength(3);
      for (const document of documents) {
        expect(document.status).toBe('closed');
        expect(document.reason).toBe('Nightly report job serves /srv/reports on loopback');
      }
    });

    it('rejects every change after approval', async () => {
      const edit = await patch(alertId, { version: current.version, steps: [{ item_id: 'response-1', checked: true }] });
      expect(edit.status).toBe(400);
      expect(edit.body.message).toContain('is approved, so it can no longer change');

      const approve = await transition(alertId, '_approve', { version: current.version });
      expect(approve.status).toBe(400);
      expect(approve.body.message).toContain('because its status is approved');

      const back = await transition(alertId, '_return', { version: current.version, comment: 'Again' });
      expect(back.status).toBe(400);
    });

    it('lists history oldest first', async () => {
      const { status, body } = await callApi<InvestigationHistoryResponse>(
        `/investigations/default:${alertId}/history`
      );
      expect(status).toBe(200);
      expect(body.truncated).toBe(false);
      expect(body.total).toBe(body.records.length);
      expect(body.records.map((record) => record.action)).toEqual([
        'investigation_started',
        'alert_workflow_status_changed',
        'investigation_updated',
        'investigation_updated',
        'investigation_updated',
        'investigation_updated',
        'investigation_submitted',
        'investigation_returned',
        'investigation_updated',
        'investigation_submitted',
        'investigation_approved',
        'alert_workflow_status_changed',
      ]);
      const times = body.records.map((record) => record.timestamp);
      expect([...times].sort()).toEqual(times);

      const firstStep = body.records[2];
      expect(firstStep?.changes).toEqual([
        { field: 'steps.investigation-1.checked', before: false, after: true },
        { field: 'steps.investigation-1.note', before: '', after: 'Runs nightly from cron' },
      ]);
      const closed = body.records[body.records.length - 1];
      expect(closed).toMatchObject({ object_type: 'alert', object_id: alertId, user: 'admin' });
      expect(closed?.changes).toEqual([
        { field: 'kibana.alert.workflow_status', before: 'acknowledged', after: 'closed' },
        {
          field: 'kibana.alert.workflow_reason',
          before: null,
          after: 'Nightly report job serves /srv/reports on loopback',
        },
      ]);
    });
  });

  describe('errors', () => {
    it('returns 404 when starting on an unknown alert', async () => {
      const { status, body } = await start('no-such-alert');
      expect(status).toBe(404);
      expect(body.message).toBe('Alert [no-such-alert] was not found in space [default]');
    });

    it('returns 404 for a change before start', async () => {
      const { status, body } = await patch(alertIds[1] ?? '', { version: 'WzEsMV0=', assignee: 'x' });
      expect(status).toBe(404);
      expect(body.message).toContain('has no investigation');
    });

    it('returns 400 for a building block', async () => {
      const documents = await readAlertWorkflow(alertIds[1] ?? '');
      const buildingBlock = documents.find((document) => document.buildingBlock);
      expect(buildingBlock).toBeDefined();

      const { status, body } = await start(buildingBlock?.id ?? '');
      expect(status).toBe(400);
      expect(body.message).toContain('is a building block of a sequence alert');
    });

    it('returns 400 for an invalid alert id', async () => {
      const { status, body } = await start('bad%20id');
      expect(status).toBe(400);
      expect(body.message).toContain('[alert_id]');
    });

    it('returns 400 for an unknown start parameter', async () => {
      const { status, body } = await callApi<ErrorBody>(investigationPath(alertIds[1] ?? ''), {
        method: 'POST',
        body: { verdict: 'true_positive' },
      });
      expect(status).toBe(400);
      expect(body.message).toContain('unknown body parameter [verdict]');
    });
  });
});
