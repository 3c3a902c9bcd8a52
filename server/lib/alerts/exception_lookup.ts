import type { ListAlertsQuery } from '../../../common/api/alerts';
import type { ExceptionSummary } from '../../../common/api/exceptions';
import { ALERT_FIELDS } from '../../../common/ecs_fields';
import { getString } from '../../../common/get_field';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import type { ActiveException } from '../exceptions/active_exceptions';
import { parseMatchPeriod } from '../exceptions/build_match_searches';
import { findMatchingAlerts } from '../exceptions/find_matching_alerts';
import { findMatchingExceptions } from '../exceptions/match_alert';
import type { AlertIdFilter } from './investigation_lookup';

/**
 * Turns the list's `exceptions` filter into an alert id filter over the query's period, or
 * returns null when the query has none. It runs before the page search, so the total and
 * the pages count only the alerts the filter keeps.
 */
export async function findExceptionAlertIdFilter(params: {
  esClient: ElasticsearchClient;
  spaceId: string;
  query: Pick<ListAlertsQuery, 'exceptions' | 'start' | 'end'>;
  exceptions: readonly ActiveException[];
}): Promise<AlertIdFilter | null> {
  const { esClient, spaceId, query, exceptions } = params;
  if (query.exceptions === undefined) {
    return null;
  }
  // TODO: cache the matched ids per space, exception versions and period. Each request
  // reads the candidate groups again, which took about 1.4 s per page at 10,080 alerts
  // with five exceptions (docs/benchmarks.md).
  const matches = await findMatchingAlerts({
    esClient,
    spaceId,
    exceptions,
    period: parseMatchPeriod(query.start, query.end),
  });
  const alertIds = [...matches.keys()];
  return query.exceptions === 'only' ? { include: alertIds } : { exclude: alertIds };
}

/** Combines alert id filters so that an alert must pass each; null filters are left out. */
export function mergeAlertIdFilters(...filters: Array<AlertIdFilter | null>): AlertIdFilter | null {
  let merged: AlertIdFilter | null = null;
  for (const filter of filters) {
    if (filter === null) {
      continue;
    }
    if (merged === null) {
      merged = filter;
      continue;
    }
    const include = intersect(merged.include, filter.include);
    const exclude: string[] | undefined =
      merged.exclude === undefined && filter.exclude === undefined
        ? undefined
        : [...(merged.exclude ?? []), ...(filter.exclude ?? [])];
    merged = {
      ...(include === undefined ? {} : { include }),
      ...(exclude === undefined ? {} : { exclude }),
    };
  }
  return merged;
}

/** Lists the active exceptions that apply to one row: its alert with its building blocks. */
export function findRowExceptions(
  alertSource: unknown,
  buildingBlocks: readonly unknown[],
  exceptions: readonly ActiveException[]
): ExceptionSummary[] {
  const matched = findMatchingExceptions(
    {
      ruleId: getString(alertSource, ALERT_FIELDS.ruleId),
      documents: [alertSource, ...buildingBlocks],
    },
    exceptions
  );
  return matched.map((exception) => exception.summary);
}

function intersect(first?: string[], second?: string[]): string[] | undefined {
  if (first === undefined || second === undefined) {
    return first ?? second;
  }
  const kept = new Set(second);
  return first.filter((id) => kept.has(id));
}
