import type { estypes } from '@elastic/elasticsearch';

import { parseDateMath } from '../../../common/date_math';
import { ALERT_FIELDS, ECS_FIELDS } from '../../../common/ecs_fields';
import { buildExceptionQuery } from '../../../common/exceptions/build_exception_query';
import { EXCEPTION_FIELDS, type ExceptionEntry } from '../../../common/exceptions/entries';
import { buildSupportedAlertsFilter } from '../alerts/build_list_alerts_query';
import type { MatchableException } from './match_alert';

/** A period of alert times, both ends included, as the alerts list filters it. */
export interface MatchPeriod {
  start: Date;
  end: Date;
}

/** Resolves the date math of a validated query to a period; `end` rounds up, as in the list. */
export function parseMatchPeriod(start: string, end: string): MatchPeriod {
  const startDate = parseDateMath(start);
  const endDate = parseDateMath(end, true);
  // The route schemas have already rejected values that do not parse.
  if (!startDate || !endDate) {
    throw new Error(`Invalid date math [${start}] or [${end}]`);
  }
  return { start: startDate, end: endDate };
}

/**
 * How far the candidate search reaches beyond each end of the period. Building blocks are
 * written in the same rule run as their shell alert and carry about the same `@timestamp`,
 * but a block that matches the pivot entry must still nominate its group when its time
 * lies just outside the period. The shell's own `@timestamp` then decides whether the
 * alert is in the period, so the margin costs reads and never adds a match.
 */
export const CANDIDATE_MARGIN_MS = 60 * 60 * 1000;

/** Documents one candidate or group search returns per page. */
export const MATCH_PAGE_SIZE = 5_000;

/** Group ids per group search. A group is a shell and its building blocks, two per shell here. */
export const GROUP_CHUNK_SIZE = 1_000;

/** The fields matching reads of each alert document: grouping, rule, time and entry fields. */
export const MATCH_SOURCE_FIELDS: string[] = [
  ECS_FIELDS.timestamp,
  ALERT_FIELDS.ruleId,
  ALERT_FIELDS.groupId,
  ALERT_FIELDS.buildingBlockType,
  ...EXCEPTION_FIELDS,
];

/** Sorts by time and then by alert uuid, so `search_after` can page without gaps. */
export const MATCH_SORT: estypes.Sort = [
  { [ECS_FIELDS.timestamp]: { order: 'asc' } },
  { [ALERT_FIELDS.uuid]: { order: 'asc', unmapped_type: 'keyword' } },
];

const PIVOT_PREFERENCE: ReadonlyArray<ExceptionEntry['type']> = [
  'match',
  'match_any',
  'wildcard',
  'exists',
];

/**
 * Picks the included entry whose query is likely the narrowest, or returns null when every
 * entry is excluded. Each matched alert has at least one document that matches any of its
 * included entries, so the groups of the documents matching one of them are a superset of
 * the matches. Excluded entries cannot narrow the search, because they hold for the union
 * of a group's documents and not for each document.
 */
export function choosePivotEntry(entries: readonly ExceptionEntry[]): ExceptionEntry | null {
  const included = entries.filter((entry) => entry.operator === 'included');
  const ranked = [...included].sort(
    (a, b) => PIVOT_PREFERENCE.indexOf(a.type) - PIVOT_PREFERENCE.indexOf(b.type)
  );
  return ranked[0] ?? null;
}

/**
 * Builds the search for the candidate documents of one exception: shells, building blocks
 * and single-event alerts of its rules near the period that match its pivot entry.
 */
export function buildCandidateSearch(
  spaceId: string,
  exception: MatchableException,
  period: MatchPeriod
): estypes.SearchSearchRequestBody {
  const filter: estypes.QueryDslQueryContainer[] = [
    ...buildSupportedAlertsFilter(spaceId),
    { terms: { [ALERT_FIELDS.ruleId]: [...exception.rule_ids] } },
    {
      range: {
        [ECS_FIELDS.timestamp]: {
          gte: new Date(period.start.valueOf() - CANDIDATE_MARGIN_MS).toISOString(),
          lte: new Date(period.end.valueOf() + CANDIDATE_MARGIN_MS).toISOString(),
          format: 'strict_date_optional_time',
        },
      },
    },
  ];
  const pivot = choosePivotEntry(exception.entries);
  if (pivot !== null) {
    filter.push(buildExceptionQuery([pivot]));
  }

  return {
    size: MATCH_PAGE_SIZE,
    _source: MATCH_SOURCE_FIELDS,
    query: { bool: { filter } },
    sort: MATCH_SORT,
  };
}

/** Builds the search for every document of some sequence groups: shells and building blocks. */
export function buildGroupSearch(
  spaceId: string,
  groupIds: readonly string[]
): estypes.SearchSearchRequestBody {
  return {
    size: MATCH_PAGE_SIZE,
    _source: MATCH_SOURCE_FIELDS,
    query: {
      bool: {
        filter: [
          ...buildSupportedAlertsFilter(spaceId),
          { terms: { [ALERT_FIELDS.groupId]: [...groupIds] } },
        ],
      },
    },
    sort: MATCH_SORT,
  };
}
