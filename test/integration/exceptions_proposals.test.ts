import type { ExceptionRecord, ListExceptionsResponse } from '../../common/api/exceptions';
import type { Investigation, InvestigationHistoryResponse } from '../../common/api/investigations';
import { RULE_IDS } from '../../common/constants';
import {
  callApi,
  closeTestEngineClient,
  findScenarioAlertIds,
  investigationPath,
  resetExceptions,
  resetScenarioInvestigations,
} from './helpers';

/** The backdoor scenario's alerts belong to this file among the tests that investigate. */
const SCENARIO = 'backdoor';

interface ErrorBody {
  message: string;
  attributes?: { current?: ExceptionRecord };
}

type Result = ExceptionRecord & ErrorBody;

const draft = {
  name: 'Backup export server',
  reason: 'The nightly backup job serves its export folder to the archive host',
  category: 'automation_or_cron',
  rule_ids: [RULE_IDS.connection],
  entries: [{ field: 'user.name', type: 'match', operator: 'included', value: 'www-data' }],
};

/** Starts the investigation of an alert and sets its verdict through the routes. */
async function investigate(
  alertId: string,
  fields: Record<string, unknown>
): Promise<Investigation> {
  const started = await callApi<Investigation>(investigationPath(alertId), {
    method: 'POST',
    body: {},
    role: 'analyst',
  });
  expect(started.status).toBe(200);
  const updated = await callApi<Investigation>(investigationPath(alertId), {
    method: 'PATCH',
    body: { version: started.body.version, ...fields },
    role: 'analyst',
  });
  expect(updated.status).toBe(200);
  return updated.body;
}

/** Proposes as the analyst, who may investigate but not manage exceptions. */
async function propose(alertId: string, body: Record<string, unknown>) {
  const path = `/alerts/${alertId}/exception_proposals`;
  return callApi<Result>(path, { method: 'POST', body, role: 'analyst' });
}

async function decide(id: string, decision: '_accept' | '_reject', body: Record<string, unknown>) {
  return callApi<Result>(`/exceptions/${id}/${decision}`, { method: 'POST', body });
}

describe('exception proposals', () => {
  let benignAlertId: string;
  let maliciousAlertId: string;
  let uninvestigatedAlertId: string;

  beforeAll(async () => {
    await resetExceptions();
    await resetScenarioInvestigations(SCENARIO);
    const alertIds = [
      ...(await findScenarioAlertIds(SCENARIO, RULE_IDS.connection)),
      ...(await findScenarioAlertIds(SCENARIO, RULE_IDS.creation)),
      ...(await findScenarioAlertIds(SCENARIO, RULE_IDS.pythonServer)),
    ];
    expect(alertIds.length).toBeGreaterThanOrEqual(3);
    [benignAlertId = '', maliciousAlertId = '', uninvestigatedAlertId = ''] = alertIds;

    await investigate(benignAlertId, {
      verdict: 'false_positive',
      false_positive_category: 'automation_or_cron',
      closing_reason: 'The backup job serves the export folder',
    });
    await investigate(maliciousAlertId, { verdict: 'true_positive' });
  });

  afterAll(async () => {
    await resetExceptions();
    await resetScenarioInvestigations(SCENARIO);
    await closeTestEngineClient();
  });

  describe('accepted with edits', () => {
    let proposal: ExceptionRecord;

    it('saves a proposal from a false positive', async () => {
      const { status, body } = await propose(benignAlertId, draft);
      expect(status).toBe(200);
      expect(body).toMatchObject({ ...draft, state: 'proposed', status: 'proposed' });
      expect(body.decision).toBeNull();
      expect(body.proposal).toEqual({
        proposed_by: 'analyst',
        proposed_at: body.created_at,
        alert_id: benignAlertId,
        investigation_id: `default:${benignAlertId}`,
      });
      proposal = body;
    });

    it('counts the waiting proposal', async () => {
      const { body } = await callApi<ListExceptionsResponse>('/exceptions', {
        query: { status: 'active' },
      });
      expect(body.proposed_total).toBe(1);
      expect(body.exceptions).toEqual([]);
    });

    it('needs manage_exceptions to accept', async () => {
      const { status } = await callApi(`/exceptions/${proposal.id}/_accept`, {
        method: 'POST',
        body: { version: proposal.version },
        role: 'analyst',
      });
      expect(status).toBe(403);
    });

    it('rejects a second proposal while one waits', async () => {
      const { status, body } = await propose(benignAlertId, { ...draft, name: 'Another draft' });
      expect(status).toBe(409);
      expect(body.message).toContain(`already has proposal [${proposal.id}]`);
      expect(body.attributes?.current?.id).toBe(proposal.id);
    });

    it('rejects a stale accept', async () => {
      const edited = await callApi<Result>(`/exceptions/${proposal.id}`, {
        method: 'PUT',
        body: { ...draft, version: proposal.version, reason: `${draft.reason} every night` },
      });
      expect(edited.status).toBe(200);

      const { status, body } = await decide(proposal.id, '_accept', { version: proposal.version });
      expect(status).toBe(409);
      expect(body.attributes?.current?.reason).toBe(`${draft.reason} every night`);
      proposal = edited.body;
    });

    it('accepts with the edits given', async () => {
      const { status, body } = await decide(proposal.id, '_accept', {
        version: proposal.version,
        name: 'Backup export server on the lab host',
        comment: 'Narrowed the name',
      });
      expect(status).toBe(200);
      expect(body).toMatchObject({
        state: 'active',
        status: 'active',
        name: 'Backup export server on the lab host',
        reason: `${draft.reason} every night`,
        rule_ids: draft.rule_ids,
        entries: draft.entries,
        expire_time: null,
      });
      expect(body.decision).toMatchObject({ decided_by: 'admin', comment: 'Narrowed the name' });
      expect(body.created_by).toBe('analyst');
      expect(body.updated_by).toBe('admin');
      proposal = body;
    });

    it('accepts only a proposal', async () => {
      const { status, body } = await decide(proposal.id, '_accept', { version: proposal.version });
      expect(status).toBe(400);
      expect(body.message).toContain('is active, and only a proposed exception can be accepted');
    });

    it('records the proposal and the decision', async () => {
      const path = `/exceptions/${proposal.id}/history`;
      const { body } = await callApi<InvestigationHistoryResponse>(path);
      expect(body.records.map((record) => record.action)).toEqual([
        'exception_proposed',
        'exception_updated',
        'exception_accepted',
      ]);
      expect(body.records.every((record) => record.alert_id === benignAlertId)).toBe(true);
      expect(body.records[2]?.changes).toEqual(
        expect.arrayContaining([
          { field: 'name', before: draft.name, after: 'Backup export server on the lab host' },
          { field: 'state', before: 'proposed', after: 'active' },
        ])
      );
    });
  });

  describe('rejected', () => {
    let proposal: ExceptionRecord;

    beforeAll(async () => {
      const { status, body } = await propose(benignAlertId, { ...draft, name: 'Broad draft' });
      expect(status).toBe(200);
      proposal = body;
    });

    it('needs a comment', async () => {
      const { status, body } = await decide(proposal.id, '_reject', { version: proposal.version });
      expect(status).toBe(400);
      expect(body.message).toContain('[comment]');

      const blank = await decide(proposal.id, '_reject', {
        version: proposal.version,
        comment: ' ',
      });
      expect(blank.status).toBe(400);
      expect(blank.body.message).toContain('[comment]: must say why the proposal is rejected');
    });

    it('rejects with the comment', async () => {
      const { status, body } = await decide(proposal.id, '_reject', {
        version: proposal.version,
        comment: 'Matches every www-data server, including attacks',
      });
      expect(status).toBe(200);
      expect(body.state).toBe('rejected');
      expect(body.decision?.comment).toBe('Matches every www-data server, including attacks');
      proposal = body;
    });

    it('cannot change a rejected exception', async () => {
      const { status, body } = await callApi<Result>(`/exceptions/${proposal.id}`, {
        method: 'PUT',
        body: { ...draft, version: proposal.version },
      });
      expect(status).toBe(400);
      expect(body.message).toContain('Create a new exception instead');

      const rejectAgain = await decide(proposal.id, '_reject', {
        version: proposal.version,
        comment: 'Again',
      });
      expect(rejectAgain.status).toBe(400);
      expect(rejectAgain.body.message).toContain(
        'is rejected, and only a proposed exception can be rejected'
      );
    });
  });

  describe('invalid proposals', () => {
    it('needs investigate to propose', async () => {
      const path = `/alerts/${benignAlertId}/exception_proposals`;
      const { status } = await callApi(path, { method: 'POST', body: draft, role: 'viewer' });
      expect(status).toBe(403);
    });

    it('rejects a true positive verdict', async () => {
      const { status, body } = await propose(maliciousAlertId, draft);
      expect(status).toBe(400);
      expect(body.message).toContain('has the verdict [true_positive]');
    });

    it('rejects an uninvestigated alert', async () => {
      const { status, body } = await propose(uninvestigatedAlertId, draft);
      expect(status).toBe(400);
      expect(body.message).toContain(`Alert [${uninvestigatedAlertId}] has no investigation`);
    });

    it('returns 404 for an unknown alert', async () => {
      const { status, body } = await propose('no-such-alert', draft);
      expect(status).toBe(404);
      expect(body.message).toContain('Alert [no-such-alert] was not found');
    });

    it('rejects an expiry in the past', async () => {
      const past = { ...draft, expire_time: '2020-01-01T00:00:00Z' };
      const { status, body } = await propose(benignAlertId, past);
      expect(status).toBe(400);
      expect(body.message).toContain('[expire_time]: must be in the future');
    });

    it('rejects an invalid entry by its index', async () => {
      const { status, body } = await propose(benignAlertId, {
        ...draft,
        entries: [
          draft.entries[0],
          { field: 'source.ip', type: 'wildcard', operator: 'included', value: '10.*' },
        ],
      });
      expect(status).toBe(400);
      expect(body.message).toContain('[entries.1.type]');
    });

    it('rejects entries that do not hold for the alert it comes from', async () => {
      const { status, body } = await propose(benignAlertId, {
        ...draft,
        entries: [
          draft.entries[0],
          { field: 'host.name', type: 'match', operator: 'included', value: 'no-such-host' },
        ],
      });
      expect(status).toBe(400);
      expect(body.message).toContain(`does not match alert [${benignAlertId}]`);
      expect(body.message).toContain('[entries.1] (host.name)');
      expect(body.message).not.toContain('[entries.0]');
    });

    it("rejects rules that leave out the alert's rule", async () => {
      const { status, body } = await propose(benignAlertId, {
        ...draft,
        rule_ids: [RULE_IDS.creation],
      });
      expect(status).toBe(400);
      expect(body.message).toContain(`[rule_ids]: must include the rule [${RULE_IDS.connection}]`);
    });
  });
});
