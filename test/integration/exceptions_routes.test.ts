import type {
  ExceptionDocument,
  ExceptionRecord,
  ListExceptionsResponse,
} from '../../common/api/exceptions';
import type { InvestigationHistoryResponse } from '../../common/api/investigations';
import { EXCEPTIONS_INDEX, RULE_IDS } from '../../common/constants';
import { callApi, closeTestEngineClient, resetExceptions, testEngineClient } from './helpers';

interface ErrorBody {
  message: string;
  attributes?: { current?: ExceptionRecord };
}

type Result = ExceptionRecord & ErrorBody;

const IN_ONE_YEAR = new Date(Date.now() + 365 * 24 * 60 * 60 * 1000).toISOString();

const fields = {
  name: 'Developer preview server',
  reason: 'Alice previews the documentation site with python -m http.server',
  category: 'development_or_testing',
  rule_ids: [RULE_IDS.connection, RULE_IDS.pythonServer],
  entries: [
    { field: 'host.name', type: 'match', operator: 'included', value: 'dev-laptop-1' },
    { field: 'user.name', type: 'match_any', operator: 'included', value: ['alice', 'bob'] },
  ],
  expire_time: IN_ONE_YEAR,
};

async function create(body: Record<string, unknown>) {
  return callApi<Result>('/exceptions', { method: 'POST', body });
}

async function put(id: string, body: Record<string, unknown>) {
  return callApi<Result>(`/exceptions/${id}`, { method: 'PUT', body });
}

async function list(query: Record<string, string> = {}) {
  return callApi<ListExceptionsResponse & ErrorBody>('/exceptions', { query });
}

describe('exception routes', () => {
  beforeAll(async () => {
    await resetExceptions();
  });

  afterAll(async () => {
    await resetExceptions();
    await closeTestEngineClient();
  });

  describe('create, read, update and delete', () => {
    let created: ExceptionRecord;

    it('creates an active exception', async () => {
      const { status, body } = await create(fields);
      expect(status).toBe(200);
      expect(body).toMatchObject({ ...fields, state: 'active', status: 'active' });
      expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.space_id).toBe('default');
      expect(body.created_by).toBe('admin');
      expect(body.proposal).toBeNull();
      expect(body.list_items).toEqual([]);
      created = body;
    });

    it('stores the document under the space and id', async () => {
      const stored = await testEngineClient().get<ExceptionDocument>({
        index: EXCEPTIONS_INDEX,
        id: `default:${created.id}`,
      });
      expect(stored._source?.name).toBe(fields.name);
      expect(stored._source).not.toHaveProperty('version');
      expect(stored._source).not.toHaveProperty('status');
    });

    it('reads the exception by id', async () => {
      const { status, body } = await callApi<Result>(`/exceptions/${created.id}`);
      expect(status).toBe(200);
      expect(body).toEqual(created);
    });

    it('fills rule ids and expiry defaults', async () => {
      const { rule_ids: _ruleIds, expire_time: _expireTime, ...rest } = fields;
      const { status, body } = await create({ ...rest, name: 'Defaults' });
      expect(status).toBe(200);
      expect(body.rule_ids).toEqual([
        RULE_IDS.connection,
        RULE_IDS.creation,
        RULE_IDS.pythonServer,
      ]);
      expect(body.expire_time).toBeNull();
    });

    it('replaces the fields on PUT', async () => {
      const { status, body } = await put(created.id, {
        ...fields,
        version: created.version,
        name: 'Preview server of dev-laptop-1',
        expire_time: null,
      });
      expect(status).toBe(200);
      expect(body.name).toBe('Preview server of dev-laptop-1');
      expect(body.expire_time).toBeNull();
      expect(body.version).not.toBe(created.version);
      expect(body.created_at).toBe(created.created_at);
    });

    it('rejects a stale PUT with the current exception', async () => {
      const { status, body } = await put(created.id, { ...fields, version: created.version });
      expect(status).toBe(409);
      expect(body.message).toContain(`Exception [${created.id}] has changed since version`);
      expect(body.attributes?.current?.name).toBe('Preview server of dev-laptop-1');
      created = body.attributes?.current ?? created;
    });

    it('rejects a stale DELETE', async () => {
      const { status } = await put(created.id, { ...fields, version: created.version });
      expect(status).toBe(200);
      const deletion = await callApi<Result>(`/exceptions/${created.id}`, {
        method: 'DELETE',
        query: { version: created.version },
      });
      expect(deletion.status).toBe(409);
      expect(deletion.body.attributes?.current?.name).toBe(fields.name);
      created = deletion.body.attributes?.current ?? created;
    });

    it('deletes and returns the exception', async () => {
      const { status, body } = await callApi<Result>(`/exceptions/${created.id}`, {
        method: 'DELETE',
        query: { version: created.version },
      });
      expect(status).toBe(200);
      expect(body.id).toBe(created.id);
      expect((await callApi(`/exceptions/${created.id}`)).status).toBe(404);
    });

    it('lists every change in the history', async () => {
      const { status, body } = await callApi<InvestigationHistoryResponse>(
        `/exceptions/${created.id}/history`
      );
      expect(status).toBe(200);
      expect(body.investigation_id).toBe(created.id);
      expect(body.records.map((record) => record.action)).toEqual([
        'exception_created',
        'exception_updated',
        'exception_updated',
        'exception_deleted',
      ]);
      expect(body.records.every((record) => record.object_type === 'exception')).toBe(true);
      expect(body.records.every((record) => record.user === 'admin')).toBe(true);
      expect(body.records[1]?.changes).toEqual([
        { field: 'name', before: fields.name, after: 'Preview server of dev-laptop-1' },
        { field: 'expire_time', before: IN_ONE_YEAR, after: null },
      ]);
      expect(body.records[3]?.changes).toContainEqual({
        field: 'state',
        before: 'active',
        after: null,
      });
      expect(body.total).toBe(4);
      expect(body.truncated).toBe(false);
    });
  });

  describe('invalid input', () => {
    const withEntries = (...entries: Array<Record<string, unknown>>) => ({ ...fields, entries });
    const match = (field: string, value: string) => ({
      field,
      type: 'match',
      operator: 'included',
      value,
    });
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [
        'unknown field',
        withEntries(match('url.path', '/')),
        '[entries.0.field]: must be one of the supported fields',
      ],
      [
        'empty value',
        withEntries(match('host.name', 'dev-laptop-1'), match('user.name', '')),
        '[entries.1.value]: must not be empty',
      ],
      [
        'malformed wildcard',
        withEntries({ ...match('process.working_directory', '/srv/\\'), type: 'wildcard' }),
        '[entries.0.value]: must not end in a lone \\',
      ],
      [
        'malformed CIDR',
        withEntries(match('source.ip', '10.0.0.0/33')),
        '[entries.0.value]: must be an IP address or CIDR range',
      ],
      [
        'port 0',
        withEntries(match('destination.port', '0')),
        '[entries.0.value]: must be a port number from 1 to 65535',
      ],
      ['empty entries', withEntries(), '[entries]: must list at least one entry'],
      ['missing name', { ...fields, name: undefined }, '[name]'],
      ['missing reason', { ...fields, reason: undefined }, '[reason]'],
      ['missing category', { ...fields, category: undefined }, '[category]'],
      [
        'expiry in the past',
        { ...fields, expire_time: '2020-01-01T00:00:00Z' },
        '[expire_time]: must be in the future',
      ],
      ['unknown body field', { ...fields, owner: 'alice' }, 'unknown body parameter [owner]'],
    ];

    it.each(cases)('rejects %s', async (_name, body, message) => {
      const { status, body: response } = await create(body);
      expect(status).toBe(400);
      expect(response.message).toContain(message);
    });

    it('requires manage_exceptions to write', async () => {
      const request = { method: 'POST', body: fields, role: 'lead' } as const;
      const { status } = await callApi('/exceptions', request);
      expect(status).toBe(403);
    });

    it('rejects an unknown list filter', async () => {
      const { status, body } = await list({ status: 'archived' });
      expect(status).toBe(400);
      expect(body.message).toContain('[status]');
    });
  });

  describe('unknown ids', () => {
    const unknownId = '00000000-0000-4000-8000-000000000000';

    it.each([
      ['GET', `/exceptions/${unknownId}`],
      ['GET', `/exceptions/${unknownId}/history`],
      ['DELETE', `/exceptions/${unknownId}`],
    ] as const)('%s %s returns 404', async (method, path) => {
      const { status, body } = await callApi<ErrorBody>(path, { method });
      expect(status).toBe(404);
      expect(body.message).toContain(`Exception [${unknownId}] was not found in space [default]`);
    });

    it('returns 404 for PUT of an unknown id', async () => {
      const { status } = await put(unknownId, { ...fields, version: 'WzEsMV0=' });
      expect(status).toBe(404);
    });

    it("returns 404 for another space's exception", async () => {
      const id = 'other-space-exception';
      await testEngineClient().index({
        index: EXCEPTIONS_INDEX,
        id: `team:${id}`,
        refresh: true,
        document: storedDocument({ id, space_id: 'team', name: 'Team exception' }),
      });
      expect((await callApi(`/exceptions/${id}`)).status).toBe(404);
      const listed = await list({ search: 'Team exception' });
      expect(listed.body.exceptions).toEqual([]);
    });
  });

  describe('list', () => {
    beforeAll(async () => {
      await resetExceptions();
      const names = ['Alpha cron', 'Bravo lab', 'Charlie tool', 'Delta preview'];
      for (const name of names) {
        const category = name === 'Bravo lab' ? 'training' : 'development_or_testing';
        expect((await create({ ...fields, name, category })).status).toBe(200);
      }
      const client = testEngineClient();
      await client.index({
        index: EXCEPTIONS_INDEX,
        id: 'default:expired-1',
        refresh: true,
        document: storedDocument({
          id: 'expired-1',
          name: 'Echo expired',
          expire_time: '2025-01-01T00:00:00.000Z',
        }),
      });
      await client.index({
        index: EXCEPTIONS_INDEX,
        id: 'default:proposed-1',
        refresh: true,
        document: storedDocument({ id: 'proposed-1', name: 'Foxtrot proposal', state: 'proposed' }),
      });
    });

    it('derives the expired status', async () => {
      const expired = await list({ status: 'expired' });
      expect(expired.body.exceptions.map((exception) => exception.name)).toEqual(['Echo expired']);
      expect(expired.body.exceptions[0]?.status).toBe('expired');

      const read = await callApi<Result>('/exceptions/expired-1');
      expect(read.body.status).toBe('expired');
      expect(read.body.state).toBe('active');
    });

    it('leaves expired ones out of active', async () => {
      const { body } = await list({ status: 'active', sort_field: 'name', sort_order: 'asc' });
      expect(body.exceptions.map((exception) => exception.name)).toEqual([
        'Alpha cron',
        'Bravo lab',
        'Charlie tool',
        'Delta preview',
      ]);
      expect(body.total).toBe(4);
    });

    it('counts proposals whatever the filters', async () => {
      const { body } = await list({ category: 'training' });
      expect(body.exceptions.map((exception) => exception.name)).toEqual(['Bravo lab']);
      expect(body.proposed_total).toBe(1);
    });

    it('searches name and reason ignoring case', async () => {
      const byName = await list({ search: 'CHARLIE' });
      expect(byName.body.exceptions.map((exception) => exception.name)).toEqual(['Charlie tool']);

      const byReason = await list({ search: 'python -m HTTP' });
      expect(byReason.body.total).toBe(6);

      const literal = await list({ search: 'Alpha*' });
      expect(literal.body.total).toBe(0);
    });

    it('pages in the sort order', async () => {
      const query = { sort_field: 'name', sort_order: 'desc', per_page: '2' };
      const first = await list({ ...query, page: '1' });
      const second = await list({ ...query, page: '2' });
      expect(first.body.total).toBe(6);
      expect(first.body.exceptions.map((exception) => exception.name)).toEqual([
        'Foxtrot proposal',
        'Echo expired',
      ]);
      expect(second.body.exceptions.map((exception) => exception.name)).toEqual([
        'Delta preview',
        'Charlie tool',
      ]);
      expect(second.body.page).toBe(2);
      expect(second.body.per_page).toBe(2);
    });
  });
});

/** Builds an exception to write straight to the index, for states the routes do not create. */
function storedDocument(overrides: Partial<ExceptionDocument>): ExceptionDocument {
  return {
    id: 'stored',
    space_id: 'default',
    name: 'Stored',
    reason: 'Written by the test through the engine, python -m http.server',
    category: 'other',
    rule_ids: [RULE_IDS.connection],
    entries: [{ field: 'host.name', type: 'match', operator: 'included', value: 'lab-1' }],
    expire_time: null,
    state: 'active',
    created_by: 'admin',
    created_at: '2026-01-01T00:00:00.000Z',
    updated_by: 'admin',
    updated_at: '2026-01-01T00:00:00.000Z',
    proposal: null,
    decision: null,
    list_items: [],
    ...overrides,
  };
}
