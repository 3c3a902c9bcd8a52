import { errors } from '@elastic/elasticsearch';

import type {
  ExceptionFields,
  ExceptionListItemSync,
  ExceptionRecord,
} from '../../../common/api/exceptions';
import type { AuditRecord } from '../../../common/api/investigations';
import { RULE_IDS } from '../../../common/constants';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import type { Logger } from '../../kibana_contracts';
import { NotFoundError } from '../investigations/errors';
import { ExceptionConflictError, InvalidExceptionChangeError } from './errors';
import { acceptException, rejectException } from './exception_decisions';
import type { ExceptionListSync } from './exception_list_sync';
import type { ExceptionServices } from './exception_services';
import { insertException } from './exception_store';
import {
  buildExceptionDocument,
  createException,
  deleteException,
  updateException,
} from './exception_workflow';

const NOW = '2026-12-04T10:00:00.000Z';

/** Stores documents by index and `_id` with sequence numbers, as the engine does for one shard. */
class InMemoryClient {
  readonly documents = new Map<string, { source: unknown; seqNo: number }>();
  readonly audit: AuditRecord[] = [];
  /** Runs before the next conditional write, as another request that writes first. */
  beforeNextIndex: (() => void) | null = null;
  private seqNo = 0;

  async get(params: { index: string; id: string }) {
    const stored = this.documents.get(`${params.index}/${params.id}`);
    return stored === undefined
      ? { found: false }
      : { found: true, _source: stored.source, _seq_no: stored.seqNo, _primary_term: 1 };
  }

  async create(params: { index: string; id: string; document: unknown }) {
    return this.write(params.index, params.id, params.document);
  }

  async index(params: { index: string; id: string; document: unknown; if_seq_no: number }) {
    this.beforeNextIndex?.();
    this.beforeNextIndex = null;
    this.requireSeqNo(params.index, params.id, params.if_seq_no);
    return this.write(params.index, params.id, params.document);
  }

  async delete(params: { index: string; id: string; if_seq_no: number }) {
    this.requireSeqNo(params.index, params.id, params.if_seq_no);
    this.documents.delete(`${params.index}/${params.id}`);
    return { result: 'deleted' };
  }

  async bulk(params: { operations: unknown[] }) {
    params.operations.filter((_, index) => index % 2 === 1).forEach((record) => {
      this.audit.push(record as AuditRecord);
    });
    return { errors: false, items: [] };
  }

  /** Writes behind the workflow's back, as another admin's request would. */
  touch(index: string, id: string): void {
    const key = `${index}/${id}`;
    const stored = this.documents.get(key);
    if (stored !== undefined) {
      this.documents.set(key, { source: stored.source, seqNo: ++this.seqNo });
    }
  }

  private write(index: string, id: string, document: unknown) {
    this.seqNo += 1;
    this.documents.set(`${index}/${id}`, { source: structuredClone(document), seqNo: this.seqNo });
    return { _seq_no: this.seqNo, _primary_term: 1 };
  }

  private requireSeqNo(index: string, id: string, seqNo: number): void {
    if (this.documents.get(`${index}/${id}`)?.seqNo !== seqNo) {
      throw new errors.ResponseError({
        statusCode: 409,
        body: { error: { type: 'version_conflict_engine_exception' } },
        headers: {},
        warnings: null,
        meta: {} as never,
      });
    }
  }
}

/** Records the sync calls and returns `items` from every write. */
function createRecordingSync(items: ExceptionListItemSync[] = []) {
  const calls: Array<{ method: 'write' | 'remove'; id: string; previous?: string | null }> = [];
  const sync: ExceptionListSync = {
    enabled: true,
    write: async (exception, previous) => {
      calls.push({ method: 'write', id: exception.id, previous: previous?.version ?? null });
      return items;
    },
    remove: async (exception) => {
      calls.push({ method: 'remove', id: exception.id });
    },
  };
  return { sync, calls };
}

const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  get: () => silentLogger,
};

function createServices(client: InMemoryClient, sync: ExceptionListSync): ExceptionServices {
  return {
    internalClient: client as unknown as ElasticsearchClient,
    userClient: client as unknown as ElasticsearchClient,
    spaceId: 'default',
    user: 'admin',
    logger: silentLogger,
    now: () => NOW,
    listSync: sync,
  };
}

const fields: ExceptionFields = {
  name: 'Preview server',
  reason: 'The developer previews the site on port 8000',
  category: 'development_or_testing',
  rule_ids: [RULE_IDS.connection],
  entries: [{ field: 'host.name', type: 'match', operator: 'included', value: 'dev-1' }],
  expire_time: null,
};

async function createProposal(services: ExceptionServices): Promise<ExceptionRecord> {
  const proposal = {
    proposed_by: 'analyst',
    proposed_at: NOW,
    alert_id: 'alert-1',
    investigation_id: 'default:alert-1',
  };
  const extra = { state: 'proposed', proposal } as const;
  const document = buildExceptionDocument(services, fields, extra, NOW);
  return insertException(services.internalClient, document, new Date(NOW));
}

describe('exception workflow', () => {
  let client: InMemoryClient;

  beforeEach(() => {
    client = new InMemoryClient();
  });

  it('creates an active exception with an audit record', async () => {
    const { sync, calls } = createRecordingSync();
    const created = await createException(createServices(client, sync), fields);

    expect(created).toMatchObject({ ...fields, state: 'active', status: 'active' });
    expect(created.created_by).toBe('admin');
    expect(calls).toEqual([{ method: 'write', id: created.id, previous: null }]);
    expect(client.audit).toHaveLength(1);
    expect(client.audit[0]).toMatchObject({
      action: 'exception_created',
      object_type: 'exception',
      object_id: created.id,
      alert_id: null,
      user: 'admin',
    });
    expect(client.audit[0]?.changes).toContainEqual({
      field: 'name',
      before: null,
      after: 'Preview server',
    });
  });

  it('stores the list items the sync returns', async () => {
    const item: ExceptionListItemSync = {
      rule_id: RULE_IDS.connection,
      list_id: 'list-1',
      item_id: 'item-1',
      status: 'synced',
      message: null,
      synced_at: NOW,
    };
    const { sync } = createRecordingSync([item]);
    const created = await createException(createServices(client, sync), fields);

    expect(created.list_items).toEqual([item]);
    const stored = await client.get({
      index: '.kibana-simple-http-investigation-exceptions',
      id: `default:${created.id}`,
    });
    expect(stored._source).toMatchObject({ list_items: [item] });
  });

  it('rejects an expiry in the past', async () => {
    const { sync, calls } = createRecordingSync();
    const creation = createException(createServices(client, sync), {
      ...fields,
      expire_time: '2026-12-04T09:00:00.000Z',
    });
    await expect(creation).rejects.toThrow(InvalidExceptionChangeError);
    await expect(creation).rejects.toThrow('[expire_time]: must be in the future');
    expect(client.documents.size).toBe(0);
    expect(calls).toEqual([]);
  });

  it('updates and syncs an active exception', async () => {
    const { sync, calls } = createRecordingSync();
    const services = createServices(client, sync);
    const created = await createException(services, fields);
    const updated = await updateException(services, created.id, created.version, {
      ...fields,
      name: 'Preview server of dev-1',
    });

    expect(updated.name).toBe('Preview server of dev-1');
    expect(updated.version).not.toBe(created.version);
    expect(calls[1]).toEqual({ method: 'write', id: created.id, previous: created.version });
    expect(client.audit[1]).toMatchObject({
      action: 'exception_updated',
      changes: [{ field: 'name', before: 'Preview server', after: 'Preview server of dev-1' }],
    });
  });

  it('returns the current record for an unchanged update', async () => {
    const { sync } = createRecordingSync();
    const services = createServices(client, sync);
    const created = await createException(services, fields);
    const updated = await updateException(services, created.id, created.version, fields);
    expect(updated.version).toBe(created.version);
    expect(client.audit).toHaveLength(1);
  });

  it('rejects a stale version with the current record', async () => {
    const { sync } = createRecordingSync();
    const services = createServices(client, sync);
    const created = await createException(services, fields);
    const updated = await updateException(services, created.id, created.version, {
      ...fields,
      reason: 'Changed first',
    });

    const stale = updateException(services, created.id, created.version, fields);
    await expect(stale).rejects.toThrow(ExceptionConflictError);
    await stale.catch((error: ExceptionConflictError) => {
      expect(error.current.version).toBe(updated.version);
    });
  });

  it('rejects a write that loses the race', async () => {
    const { sync } = createRecordingSync();
    const services = createServices(client, sync);
    const created = await createException(services, fields);
    client.beforeNextIndex = () =>
      client.touch('.kibana-simple-http-investigation-exceptions', `default:${created.id}`);
    const update = updateException(services, created.id, created.version, {
      ...fields,
      name: 'Renamed',
    });
    await expect(update).rejects.toThrow(ExceptionConflictError);
    expect(client.audit).toHaveLength(1);
  });

  it('deletes, removes the list items and returns the record', async () => {
    const { sync, calls } = createRecordingSync();
    const services = createServices(client, sync);
    const created = await createException(services, fields);
    const deleted = await deleteException(services, created.id, created.version);

    expect(deleted.id).toBe(created.id);
    expect(client.documents.size).toBe(0);
    expect(calls[1]).toEqual({ method: 'remove', id: created.id });
    expect(client.audit[1]?.action).toBe('exception_deleted');
    expect(client.audit[1]?.changes).toContainEqual({
      field: 'name',
      before: 'Preview server',
      after: null,
    });
    await expect(deleteException(services, created.id, undefined)).rejects.toThrow(NotFoundError);
  });

  it('accepts a proposal with edits', async () => {
    const { sync, calls } = createRecordingSync();
    const services = createServices(client, sync);
    const proposal = await createProposal(services);
    const accepted = await acceptException(services, proposal.id, {
      version: proposal.version,
      name: 'Edited by the admin',
      comment: 'Scoped to dev-1',
    });

    expect(accepted).toMatchObject({
      state: 'active',
      name: 'Edited by the admin',
      reason: fields.reason,
      rule_ids: fields.rule_ids,
      decision: { decided_by: 'admin', decided_at: NOW, comment: 'Scoped to dev-1' },
    });
    expect(calls).toEqual([{ method: 'write', id: proposal.id, previous: null }]);
    expect(client.audit[0]).toMatchObject({ action: 'exception_accepted', alert_id: 'alert-1' });
  });

  it('accepts only a proposal', async () => {
    const { sync } = createRecordingSync();
    const services = createServices(client, sync);
    const created = await createException(services, fields);
    const acceptance = acceptException(services, created.id, { version: created.version });
    await expect(acceptance).rejects.toThrow(
      `Exception [${created.id}] is active, and only a proposed exception can be accepted.`
    );
  });

  it('rejects a proposal and keeps it unchanged', async () => {
    const { sync, calls } = createRecordingSync();
    const services = createServices(client, sync);
    const proposal = await createProposal(services);
    const rejected = await rejectException(services, proposal.id, {
      version: proposal.version,
      comment: 'Too broad',
    });

    expect(rejected.state).toBe('rejected');
    expect(rejected.decision?.comment).toBe('Too broad');
    expect(calls).toEqual([{ method: 'remove', id: proposal.id }]);

    const update = updateException(services, proposal.id, rejected.version, fields);
    await expect(update).rejects.toThrow('was rejected and cannot change');
    const acceptance = acceptException(services, proposal.id, { version: rejected.version });
    await expect(acceptance).rejects.toThrow('is rejected, and only a proposed exception');
  });

  it('rejects a version it never returned', async () => {
    const { sync } = createRecordingSync();
    const services = createServices(client, sync);
    const created = await createException(services, fields);
    const update = updateException(services, created.id, 'not-a-version', fields);
    await expect(update).rejects.toThrow('[version] [not-a-version] is not a version');
  });
});
