import type { estypes } from '@elastic/elasticsearch';

import type { ListInvestigationsQuery } from '../../../common/api/investigations';
import { INVESTIGATIONS_INDEX } from '../../../common/constants';
import { parseDateMath } from '../../../common/date_math';

type SortField = ListInvestigationsQuery['sort_field'];

const SORT_FIELD_PATHS: Record<SortField, string> = {
  updated_at: 'updated_at',
  created_at: 'created_at',
  submitted_at: 'submitted_at',
  alert_timestamp: 'alert_timestamp',
  status: 'status',
  analyst: 'analyst',
  host: 'host_name',
};

/** Keyword filters of the queue: query parameter and the field it matches exactly. */
const TERM_FILTERS = [
  ['status', 'status'],
  ['analyst', 'analyst'],
  ['assignee', 'assignee'],
  ['verdict', 'verdict'],
  ['rule_id', 'rule_id'],
  ['host', 'host_name'],
] as const satisfies ReadonlyArray<readonly [keyof ListInvestigationsQuery, string]>;

/**
 * Builds the search for one page of the review queue. Every query is limited to the
 * request's space; `start` and `end` bound `updated_at`.
 */
export function buildListInvestigationsSearch(
  query: ListInvestigationsQuery,
  spaceId: string
): estypes.SearchRequest {
  const filter: estypes.QueryDslQueryContainer[] = [{ term: { space_id: spaceId } }];
  for (const [parameter, field] of TERM_FILTERS) {
    const value = query[parameter];
    if (value !== undefined) {
      filter.push({ term: { [field]: value } });
    }
  }
  if (query.start !== undefined || query.end !== undefined) {
    filter.push({
      range: {
        updated_at: {
          ...(query.start === undefined ? {} : { gte: toIso(query.start, false) }),
          ...(query.end === undefined ? {} : { lte: toIso(query.end, true) }),
          format: 'strict_date_optional_time',
        },
      },
    });
  }

  return {
    index: INVESTIGATIONS_INDEX,
    ignore_unavailable: true,
    from: (query.page - 1) * query.per_page,
    size: query.per_page,
    track_total_hits: true,
    seq_no_primary_term: true,
    query: { bool: { filter } },
    sort: [
      { [SORT_FIELD_PATHS[query.sort_field]]: { order: query.sort_order, missing: '_last' } },
      { id: { order: 'asc' } },
    ],
  };
}

function toIso(value: string, roundUp: boolean): string {
  const parsed = parseDateMath(value, roundUp);
  // The route schema has already rejected values that do not parse.
  if (!parsed) {
    throw new Error(`Invalid date math [${value}]`);
  }
  return parsed.toISOString();
}
