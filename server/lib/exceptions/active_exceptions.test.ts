import type { ExceptionDocument } from '../../../common/api/exceptions';
import { EXCEPTIONS_INDEX, RULE_IDS } from '../../../common/constants';
import { buildActiveExceptionsSearch, toExceptionSummary } from './active_exceptions';

const now = new Date('2027-01-10T12:00:00.000Z');

describe('buildActiveExceptionsSearch', () => {
  it('reads active exceptions of the space that have not expired', () => {
    const search = buildActiveExceptionsSearch('team-a', now);
    expect(search.index).toBe(EXCEPTIONS_INDEX);
    const filter = search.query?.bool?.filter;
    expect(filter).toContainEqual({ term: { space_id: 'team-a' } });
    expect(filter).toContainEqual({ term: { state: 'active' } });
    expect(filter).toContainEqual({
      bool: {
        should: [
          { bool: { must_not: [{ exists: { field: 'expire_time' } }] } },
          { range: { expire_time: { gt: '2027-01-10T12:00:00.000Z' } } },
        ],
        minimum_should_match: 1,
      },
    });
  });
});

describe('toExceptionSummary', () => {
  const document: ExceptionDocument = {
    id: 'e1',
    space_id: 'default',
    name: 'Lab servers',
    reason: 'Students run php -S in class.',
    category: 'training',
    rule_ids: [RULE_IDS.connection],
    entries: [{ field: 'source.ip', type: 'match', operator: 'included', value: '10.20.30.0/24' }],
    expire_time: '2027-01-10T11:00:00.000Z',
    state: 'active',
    created_by: 'admin',
    created_at: '2027-01-01T00:00:00.000Z',
    updated_by: 'admin',
    updated_at: '2027-01-01T00:00:00.000Z',
    proposal: null,
    decision: null,
    list_items: [],
  };

  it('derives expired from a past expire time', () => {
    expect(toExceptionSummary(document, now)).toEqual({
      id: 'e1',
      name: 'Lab servers',
      category: 'training',
      status: 'expired',
      expire_time: '2027-01-10T11:00:00.000Z',
    });
  });

  it('keeps the stored state otherwise', () => {
    expect(toExceptionSummary({ ...document, state: 'proposed' }, now).status).toBe('proposed');
    expect(toExceptionSummary({ ...document, expire_time: null }, now).status).toBe('active');
  });
});
