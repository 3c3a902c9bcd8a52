import type { ListExceptionsQuery } from '../../../common/api/exceptions';
import { EXCEPTIONS_INDEX } from '../../../common/constants';
import {
  buildListExceptionsSearch,
  buildSearchFilter,
  buildStatusFilter,
  buildWaitingProposalSearch,
} from './build_list_exceptions_query';

const NOW = '2026-12-04T10:00:00.000Z';

const baseQuery: ListExceptionsQuery = {
  sort_field: 'updated_at',
  sort_order: 'desc',
  page: 1,
  per_page: 25,
};

describe('buildStatusFilter', () => {
  it('keeps active exceptions without expiry or expiring later', () => {
    expect(buildStatusFilter('active', NOW)).toEqual({
      bool: {
        filter: [{ term: { state: 'active' } }],
        should: [
          { bool: { must_not: [{ exists: { field: 'expire_time' } }] } },
          { range: { expire_time: { gt: NOW } } },
        ],
        minimum_should_match: 1,
      },
    });
  });

  it('finds active exceptions expired by now', () => {
    expect(buildStatusFilter('expired', NOW)).toEqual({
      bool: { filter: [{ term: { state: 'active' } }, { range: { expire_time: { lte: NOW } } }] },
    });
  });

  it.each(['proposed', 'rejected'] as const)('filters %s on the stored state', (status) => {
    expect(buildStatusFilter(status, NOW)).toEqual({ term: { state: status } });
  });
});

describe('buildSearchFilter', () => {
  it('matches a substring of name or reason, ignoring case', () => {
    expect(buildSearchFilter('Preview')).toEqual({
      bool: {
        should: [
          { wildcard: { 'name.keyword': { value: '*Preview*', case_insensitive: true } } },
          { wildcard: { 'reason.keyword': { value: '*Preview*', case_insensitive: true } } },
        ],
        minimum_should_match: 1,
      },
    });
  });

  it('escapes wildcard characters', () => {
    expect(JSON.stringify(buildSearchFilter('a*b?c\\d'))).toContain(
      JSON.stringify({ value: '*a\\*b\\?c\\\\d*', case_insensitive: true })
    );
  });
});

describe('buildListExceptionsSearch', () => {
  it('limits the query to the space and counts proposals', () => {
    const search = buildListExceptionsSearch(baseQuery, 'default', NOW);
    expect(search.index).toBe(EXCEPTIONS_INDEX);
    expect(search.query).toEqual({ bool: { filter: [{ term: { space_id: 'default' } }] } });
    expect(search.aggs).toEqual({ proposed: { filter: { term: { state: 'proposed' } } } });
    expect(search.post_filter).toEqual({ bool: { filter: [] } });
    expect(search.seq_no_primary_term).toBe(true);
  });

  it('puts every filter in the post filter', () => {
    const search = buildListExceptionsSearch(
      { ...baseQuery, status: 'proposed', category: 'training', search: 'lab' },
      'default',
      NOW
    );
    expect(search.post_filter).toEqual({
      bool: {
        filter: [
          { term: { state: 'proposed' } },
          { term: { category: 'training' } },
          buildSearchFilter('lab'),
        ],
      },
    });
  });

  it('pages and sorts by the keyword of the name', () => {
    const search = buildListExceptionsSearch(
      { ...baseQuery, page: 3, per_page: 10, sort_field: 'name', sort_order: 'asc' },
      'default',
      NOW
    );
    expect(search.from).toBe(20);
    expect(search.size).toBe(10);
    expect(search.sort).toEqual([
      { 'name.keyword': { order: 'asc', missing: '_last' } },
      { id: { order: 'asc' } },
    ]);
  });
});

describe('buildWaitingProposalSearch', () => {
  it('finds proposals of the alert in the space', () => {
    const search = buildWaitingProposalSearch('team', 'alert-1');
    expect(search.query?.bool?.filter).toEqual([
      { term: { space_id: 'team' } },
      { term: { state: 'proposed' } },
      { term: { 'proposal.alert_id': 'alert-1' } },
    ]);
  });
});
