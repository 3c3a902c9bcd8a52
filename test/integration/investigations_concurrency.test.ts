import type { ChecklistsResponse } from '../../common/api/checklists';
import type { Investigation, InvestigationHistoryResponse } from '../../common/api/investigations';
import { RULE_IDS } from '../../common/constants';
import {
  callApi,
  closeTestEngineClient,
  findScenarioAlertIds,
  investigationPath,
  resetScenarioInvestigations,
} from './helpers';

/** The internal_tool scenario's alerts belong to this file; other files use other scenarios. */
const SCENARIO = 'internal_tool';
const WRITERS = 20;
const ROUNDS = 2;
const MAX_ATTEMPTS = 5;

/** The field a writer owns: a step's note, or a response step's action taken. */
interface OwnedField {
  itemId: string;
  field: 'note' | 'action_taken';
}

interface Outcome {
  writer: number;
  value: string;
  status: number;
  current?: Investigation;
}

type PatchResult = Investigation & { message: string; attributes?: { current?: Investigation } };

/** Reads the investigation and patches the writer's own field with the version it read, retrying on 409. */
async function writeRound(alertId: string, writer: number, owned: OwnedField, round: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const read = await callApi<Investigation>(investigationPath(alertId));
    const value = `writer ${writer} round ${round} attempt ${attempt}`;
    const { status, body } = await callApi<PatchResult>(investigationPath(alertId), {
      method: 'PATCH',
      body: { version: read.body.version, steps: [{ item_id: owned.itemId, [owned.field]: value }] },
    });
    outcomes.push({ writer, value, status, current: status === 409 ? body.attributes?.current : undefined });
    if (status !== 409) {
      break;
    }
  }
  return outcomes;
}

describe('concurrent investigation writers', () => {
  let alertId: string;
  let owned: OwnedField[];
  let outcomes: Outcome[];
  let final: Investigation;
  let history: InvestigationHistoryResponse;

  beforeAll(async () => {
    await resetScenarioInvestigations(SCENARIO);
    [alertId = ''] = await findScenarioAlertIds(SCENARIO, RULE_IDS.connection);
    const checklists = await callApi<ChecklistsResponse>(`/alerts/${alertId}/checklists`);
    const itemIds = checklists.body.sections.flatMap((section) => section.items.map((item) => item.id));
    const responseIds = itemIds.filter((itemId) => itemId.startsWith('response-'));
    owned = [
      ...itemIds.map((itemId) => ({ itemId, field: 'note' as const })),
      ...responseIds.map((itemId) => ({ itemId, field: 'action_taken' as const })),
    ].slice(0, WRITERS);
    expect(owned).toHaveLength(WRITERS);

    const started = await callApi<Investigation>(investigationPath(alertId), { method: 'POST', body: {} });
    expect(started.status).toBe(200);

    const writers = owned.map(async (field, writer) => {
      const results: Outcome[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        results.push(...(await writeRound(alertId, writer, field, round)));
      }
      return results;
    });
    outcomes = (await Promise.all(writers)).flat();

    final = (await callApi<Investigation>(investigationPath(alertId))).body;
    history = (await callApi<InvestigationHistoryResponse>(`/investigations/default:${alertId}/history`)).body;
  });

  afterAll(async () => {
    await resetScenarioInvestigations(SCENARIO);
    await closeTestEngineClient();
  });

  it('returns 200 or 409 for every write', () => {
    const statuses = new Set(outcomes.map((outcome) => outcome.status));
    expect([...statuses].sort()).toEqual(statuses.size === 1 ? [200] : [200, 409]);
    expect(outcomes.filter((outcome) => outcome.status === 200).length).toBeGreaterThan(0);
  });

  it('returns conflicts with the current record', () => {
    const rejected = outcomes.filter((outcome) => outcome.status === 409);
    expect(rejected.length).toBeGreaterThan(0);
    for (const outcome of rejected) {
      expect(outcome.current?.id).toBe(`default:${alertId}`);
    }
  });

  it('keeps each last accepted value', () => {
    owned.forEach((field, writer) => {
      const accepted = outcomes.filter((outcome) => outcome.writer === writer && outcome.status === 200);
      const step = final.steps.find((candidate) => candidate.item_id === field.itemId);
      const expected = accepted.length === 0 ? '' : accepted[accepted.length - 1]?.value;
      expect({ writer, value: step?.[field.field] }).toEqual({ writer, value: expected });
    });
  });

  it('audits accepted writes only', () => {
    const updates = history.records.filter((record) => record.action === 'investigation_updated');
    const auditedValues = updates.flatMap((record) => record.changes.map((change) => change.after));
    const accepted = outcomes.filter((outcome) => outcome.status === 200);
    const rejected = outcomes.filter((outcome) => outcome.status === 409);

    expect(updates).toHaveLength(accepted.length);
    for (const outcome of accepted) {
      expect(auditedValues).toContain(outcome.value);
    }
    for (const outcome of rejected) {
      expect(auditedValues).not.toContain(outcome.value);
    }
  });
});
