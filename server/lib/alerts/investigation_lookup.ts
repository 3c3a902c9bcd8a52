import type { estypes } from '@elastic/elasticsearch';

import type { ListAlertsQuery } from '../../../common/api/alerts';
import {
  toInvestigationId,
  type InvestigationDocument,
  type InvestigationStatus,
} from '../../../common/api/investigations';
import { INVESTIGATIONS_INDEX, MAX_RESULT_WINDOW } from '../../../common/constants';
import type { ElasticsearchClient } from '../../elasticsearch_client';

/** The investigation fields an alerts list row shows. */
export interface InvestigationSummary {
  status: InvestigationStatus;
  assignee: string | null;
}

/** Alert ids the list must be limited to (`include`) or must leave out (`exclude`). */
export interface AlertIdFilter {
  include?: string[];
  exclude?: string[];
}

type SummarySource = Pick<InvestigationDocument, 'alert_id' | 'status' | 'assignee'>;

/**
 * Builds the search for the alert ids whose investigation matches the list's
 * `investigation_status` and `assignee` filters. For `none` it finds every investigated
 * alert of the space, which the list then leaves out.
 */
export function buildInvestigatedAlertsSearch(
  spaceId: string,
  query: Pick<ListAlertsQuery, 'investigation_status' | 'assignee'>
): estypes.SearchRequest {
  const filter: estypes.QueryDslQueryContainer[] = [{ term: { space_id: spaceId } }];
  if (query.investigation_status !== undefined && query.investigation_status !== 'none') {
    filter.push({ term: { status: query.investigation_status } });
  }
  if (query.assignee !== undefined && query.investigation_status !== 'none') {
    filter.push({ term: { assignee: query.assignee } });
  }
  return {
    index: INVESTIGATIONS_INDEX,
    ignore_unavailable: true,
    size: MAX_RESULT_WINDOW,
    _source: ['alert_id'],
    query: { bool: { filter } },
    sort: ['_doc'],
  };
}

/**
 * Turns the investigation filters of the alerts list into an alert id filter, or returns
 * null when the query has none. This costs one more round trip before the page search,
 * because the alerts index does not store investigation fields.
 * NOTE: it reads at most MAX_RESULT_WINDOW (10,000) investigations. In a space with more,
 * a status filter misses alerts and `none` lists some investigated alerts.
 */
export async function findAlertIdFilter(
  client: ElasticsearchClient,
  spaceId: string,
  query: Pick<ListAlertsQuery, 'investigation_status' | 'assignee'>
): Promise<AlertIdFilter | null> {
  if (query.investigation_status === undefined && query.assignee === undefined) {
    return null;
  }
  if (query.investigation_status === 'none' && query.assignee !== undefined) {
    // An alert without an investigation has no assignee.
    return { include: [] };
  }
  const response = await client.search<Pick<InvestigationDocument, 'alert_id'>>(
    buildInvestigatedAlertsSearch(spaceId, query)
  );
  const alertIds = response.hits.hits.flatMap((hit) =>
    hit._source === undefined ? [] : [hit._source.alert_id]
  );
  return query.investigation_status === 'none' ? { exclude: alertIds } : { include: alertIds };
}

/** Builds the search for the investigations of one page of alerts. */
export function buildInvestigationSummariesSearch(
  spaceId: string,
  alertIds: string[]
): estypes.SearchRequest {
  return {
    index: INVESTIGATIONS_INDEX,
    ignore_unavailable: true,
    size: alertIds.length,
    _source: ['alert_id', 'status', 'assignee'],
    query: {
      bool: {
        filter: [
          { term: { space_id: spaceId } },
          { ids: { values: alertIds.map((alertId) => toInvestigationId(spaceId, alertId)) } },
        ],
      },
    },
  };
}

/** Reads the investigation status and assignee of each alert of a page that has one. */
export async function fetchInvestigationSummaries(
  client: ElasticsearchClient,
  spaceId: string,
  alertIds: string[]
): Promise<Map<string, InvestigationSummary>> {
  const summaries = new Map<string, InvestigationSummary>();
  if (alertIds.length === 0) {
    return summaries;
  }
  const response = await client.search<SummarySource>(
    buildInvestigationSummariesSearch(spaceId, alertIds)
  );
  for (const hit of response.hits.hits) {
    if (hit._source !== undefined) {
      summaries.set(hit._source.alert_id, {
        status: hit._source.status,
        assignee: hit._source.assignee ?? null,
      });
    }
  }
  return summaries;
}
