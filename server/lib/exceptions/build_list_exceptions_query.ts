import type { estypes } from '@elastic/elasticsearch';

import type { ExceptionStatus, ListExceptionsQuery } from '../../../common/api/exceptions';
import { EXCEPTIONS_INDEX } from '../../../common/constants';

type SortField = ListExceptionsQuery['sort_field'];

const SORT_FIELD_PATHS: Record<SortField, string> = {
  updated_at: 'updated_at',
  created_at: 'created_at',
  name: 'name.keyword',
  expire_time: 'expire_time',
};

/**
 * Builds the filter for a status, which is derived from `state` and `expire_time` at `now`
 * (ISO 8601), as `toExceptionStatus` derives it: an active exception whose expiry has
 * passed is expired.
 */
export function buildStatusFilter(
  status: ExceptionStatus,
  now: string
): estypes.QueryDslQueryContainer {
  if (status === 'active') {
    return {
      bool: {
        filter: [{ term: { state: 'active' } }],
        should: [
          { bool: { must_not: [{ exists: { field: 'expire_time' } }] } },
          { range: { expire_time: { gt: now } } },
        ],
        minimum_should_match: 1,
      },
    };
  }
  if (status === 'expired') {
    return {
      bool: { filter: [{ term: { state: 'active' } }, { range: { expire_time: { lte: now } } }] },
    };
  }
  return { term: { state: status } };
}

/**
 * Builds the filter for the list's search text: a case-insensitive substring of the name or
 * the reason. The text goes into `wildcard` queries with its own `*`, `?` and `\` escaped,
 * so it is matched literally and never parsed as query syntax.
 */
export function buildSearchFilter(search: string): estypes.QueryDslQueryContainer {
  const pattern = `*${search.replace(/[\\*?]/g, (character) => `\\${character}`)}*`;
  return {
    bool: {
      should: [
        { wildcard: { 'name.keyword': { value: pattern, case_insensitive: true } } },
        { wildcard: { 'reason.keyword': { value: pattern, case_insensitive: true } } },
      ],
      minimum_should_match: 1,
    },
  };
}

/**
 * Builds the search for one page of the exceptions of a space. The query holds only the
 * space, and the list's filters go into `post_filter`, so the `proposed` aggregation counts
 * the waiting proposals whatever the filters while the hits and their total are filtered.
 */
export function buildListExceptionsSearch(
  query: ListExceptionsQuery,
  spaceId: string,
  now: string
): estypes.SearchRequest {
  const filter: estypes.QueryDslQueryContainer[] = [];
  if (query.status !== undefined) {
    filter.push(buildStatusFilter(query.status, now));
  }
  if (query.category !== undefined) {
    filter.push({ term: { category: query.category } });
  }
  if (query.search !== undefined) {
    filter.push(buildSearchFilter(query.search));
  }

  return {
    index: EXCEPTIONS_INDEX,
    ignore_unavailable: true,
    from: (query.page - 1) * query.per_page,
    size: query.per_page,
    track_total_hits: true,
    seq_no_primary_term: true,
    query: { bool: { filter: [{ term: { space_id: spaceId } }] } },
    post_filter: { bool: { filter } },
    aggs: { proposed: { filter: { term: { state: 'proposed' } } } },
    sort: [
      { [SORT_FIELD_PATHS[query.sort_field]]: { order: query.sort_order, missing: '_last' } },
      { id: { order: 'asc' } },
    ],
  };
}

/** Builds the search for a proposal made from the alert that still waits for an admin. */
export function buildWaitingProposalSearch(
  spaceId: string,
  alertId: string
): estypes.SearchRequest {
  return {
    index: EXCEPTIONS_INDEX,
    ignore_unavailable: true,
    size: 1,
    seq_no_primary_term: true,
    query: {
      bool: {
        filter: [
          { term: { space_id: spaceId } },
          { term: { state: 'proposed' } },
          { term: { 'proposal.alert_id': alertId } },
        ],
      },
    },
    sort: [{ created_at: { order: 'asc' } }, { id: { order: 'asc' } }],
  };
}
