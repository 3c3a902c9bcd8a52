import type { estypes } from '@elastic/elasticsearch';

import type { AlertSortField, ListAlertsQuery } from '../../../common/api/alerts';
import { SUPPORTED_RULE_IDS } from '../../../common/constants';
import { parseDateMath } from '../../../common/date_math';
import { ALERT_FIELDS, ECS_FIELDS } from '../../../common/ecs_fields';
import type { AlertIdFilter } from './investigation_lookup';

/** Fields a free-text search looks in, matched as case-insensitive substrings. */
const SEARCH_FIELDS = [
  ECS_FIELDS.hostName,
  ECS_FIELDS.userName,
  ECS_FIELDS.processName,
  ECS_FIELDS.processCommandLine,
  ALERT_FIELDS.ruleName,
  ALERT_FIELDS.reason,
];

/** Severity sorts by risk score, because the severity keywords do not sort by rank. */
const SORT_FIELD_PATHS: Record<AlertSortField, string> = {
  timestamp: ECS_FIELDS.timestamp,
  host: ECS_FIELDS.hostName,
  user: ECS_FIELDS.userName,
  rule: ALERT_FIELDS.ruleName,
  severity: ALERT_FIELDS.riskScore,
  risk_score: ALERT_FIELDS.riskScore,
  workflow_status: ALERT_FIELDS.workflowStatus,
};

/** Escapes the characters a `wildcard` query treats as patterns. */
export const escapeWildcard = (value: string): string => value.replace(/[\\*?]/g, '\\$&');

/** Filters every alerts query shares: the space and the supported rules. */
export function buildSupportedAlertsFilter(spaceId: string): estypes.QueryDslQueryContainer[] {
  return [
    { term: { [ALERT_FIELDS.spaceIds]: spaceId } },
    { terms: { [ALERT_FIELDS.ruleId]: [...SUPPORTED_RULE_IDS] } },
  ];
}

/**
 * Builds the search for one page of the alerts list: shell alerts and single-event alerts
 * of the supported rules, never building blocks. `alertIds` carries the investigation
 * filters, resolved to alert ids beforehand.
 */
export function buildListAlertsSearch(
  query: ListAlertsQuery,
  spaceId: string,
  alertIds: AlertIdFilter | null = null
): Omit<estypes.SearchRequest, 'index'> {
  const filter: estypes.QueryDslQueryContainer[] = [
    ...buildSupportedAlertsFilter(spaceId),
    {
      range: {
        [ECS_FIELDS.timestamp]: {
          gte: toIso(query.start, false),
          lte: toIso(query.end, true),
          format: 'strict_date_optional_time',
        },
      },
    },
  ];

  if (query.status) {
    filter.push({ term: { [ALERT_FIELDS.workflowStatus]: query.status } });
  }
  if (query.rule_id) {
    filter.push({ term: { [ALERT_FIELDS.ruleId]: query.rule_id } });
  }
  if (query.host) {
    filter.push({ term: { [ECS_FIELDS.hostName]: { value: query.host, case_insensitive: true } } });
  }
  if (query.user) {
    filter.push({ term: { [ECS_FIELDS.userName]: { value: query.user, case_insensitive: true } } });
  }
  if (query.search) {
    const pattern = `*${escapeWildcard(query.search)}*`;
    filter.push({
      bool: {
        should: SEARCH_FIELDS.map((field) => ({
          wildcard: { [field]: { value: pattern, case_insensitive: true } },
        })),
        minimum_should_match: 1,
      },
    });
  }

  const mustNot: estypes.QueryDslQueryContainer[] = [
    { exists: { field: ALERT_FIELDS.buildingBlockType } },
  ];
  if (alertIds?.include !== undefined) {
    filter.push({ ids: { values: alertIds.include } });
  }
  if (alertIds?.exclude !== undefined && alertIds.exclude.length > 0) {
    mustNot.push({ ids: { values: alertIds.exclude } });
  }

  return {
    from: (query.page - 1) * query.per_page,
    size: query.per_page,
    track_total_hits: true,
    query: { bool: { filter, must_not: mustNot } },
    sort: [
      { [SORT_FIELD_PATHS[query.sort_field]]: { order: query.sort_order, unmapped_type: 'keyword' } },
      { [ECS_FIELDS.timestamp]: { order: 'desc' } },
      { [ALERT_FIELDS.uuid]: { order: 'asc', unmapped_type: 'keyword' } },
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
