import type { ExceptionDocument } from '../../../common/api/exceptions';
import { diffExceptions } from './diff_exceptions';

const document: ExceptionDocument = {
  id: 'e1',
  space_id: 'default',
  name: 'Preview server',
  reason: 'The developer previews the site',
  category: 'development_or_testing',
  rule_ids: ['183f3cd2-4cc6-44c0-917c-c5d29ecdcf74'],
  entries: [{ field: 'host.name', type: 'match', operator: 'included', value: 'dev-1' }],
  expire_time: null,
  state: 'active',
  created_by: 'admin',
  created_at: '2026-12-04T10:00:00.000Z',
  updated_by: 'admin',
  updated_at: '2026-12-04T10:00:00.000Z',
  proposal: null,
  decision: null,
  list_items: [],
};

describe('diffExceptions', () => {
  it('lists the non-null fields of a new exception', () => {
    const fields = diffExceptions(null, document).map((change) => change.field);
    expect(fields).toEqual([
      'name',
      'reason',
      'category',
      'rule_ids',
      'entries',
      'state',
      'created_by',
      'created_at',
    ]);
  });

  it('lists the fields of a deleted exception with after null', () => {
    const changes = diffExceptions(document, null);
    expect(changes.find((change) => change.field === 'name')).toEqual({
      field: 'name',
      before: 'Preview server',
      after: null,
    });
    expect(changes.every((change) => change.after === null)).toBe(true);
  });

  it('compares entries by value', () => {
    const copy = { ...document, entries: document.entries.map((entry) => ({ ...entry })) };
    expect(diffExceptions(document, copy)).toEqual([]);
  });

  it('reports an edited entry and expiry', () => {
    const after: ExceptionDocument = {
      ...document,
      entries: [{ field: 'host.name', type: 'match', operator: 'included', value: 'dev-2' }],
      expire_time: '2027-01-01T00:00:00.000Z',
      updated_at: '2026-12-05T10:00:00.000Z',
      list_items: [],
    };
    expect(diffExceptions(document, after)).toEqual([
      { field: 'entries', before: document.entries, after: after.entries },
      { field: 'expire_time', before: null, after: '2027-01-01T00:00:00.000Z' },
    ]);
  });
});
