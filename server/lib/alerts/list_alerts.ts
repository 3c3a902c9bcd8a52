import type { estypes } from '@elastic/elasticsearch';

import type { ListAlertsQuery, ListAlertsResponse } from '../../../common/api/alerts';
import { alertsIndexForSpace } from '../../../common/constants';
import { ALERT_FIELDS, ECS_FIELDS } from '../../../common/ecs_fields';
import { getString } from '../../../common/get_field';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import { readServerCommandLine } from '../evidence/command_line';
import { assertMsearchItem } from '../msearch';
import { buildEnrichmentSearches, CLIENTS_AGGREGATION } from './build_enrichment_searches';
import { buildListAlertsSearch } from './build_list_alerts_query';
import { parseAlertRow, type RowEnrichment } from './parse_alert_row';

interface ClientsBucket {
  key: string;
  clients: { value: number };
  ports: { buckets: Array<{ key: number }> };
}

/**
 * Lists one page of alerts: one search for the page, then one `_msearch` that reads the
 * page's building blocks and connection counts, so a page costs two round trips.
 */
export async function listAlerts(params: {
  esClient: ElasticsearchClient;
  spaceId: string;
  query: ListAlertsQuery;
}): Promise<ListAlertsResponse> {
  const { esClient, spaceId, query } = params;
  const index = alertsIndexForSpace(spaceId);

  const page = await esClient.search<unknown>({
    index,
    ignore_unavailable: true,
    allow_no_indices: true,
    ...buildListAlertsSearch(query, spaceId),
  });
  const hits = page.hits.hits;
  const total = totalHits(page.hits.total);

  const enrichments = hits.length > 0 ? await fetchEnrichments(esClient, index, hits) : [];
  const alerts = hits.map((hit, position) =>
    parseAlertRow(hit, enrichments[position], readServerCommandLine)
  );

  return { alerts, total, page: query.page, per_page: query.per_page };
}

async function fetchEnrichments(
  esClient: ElasticsearchClient,
  index: string,
  hits: Array<estypes.SearchHit<unknown>>
): Promise<RowEnrichment[]> {
  const groupIds = unique(hits.map((hit) => getString(hit._source, ALERT_FIELDS.groupId)));
  const entityIds = unique(hits.map((hit) => getString(hit._source, ECS_FIELDS.processEntityId)));

  const { responses } = await esClient.msearch<unknown>({
    searches: buildEnrichmentSearches(index, { groupIds, entityIds }),
  });
  const blocks = assertMsearchItem(responses[0], 'building blocks').hits.hits;
  const network = assertMsearchItem(responses[1], 'client counts');
  const buckets = readBuckets(network.aggregations);

  return hits.map((hit) => {
    const groupId = getString(hit._source, ALERT_FIELDS.groupId);
    const entityId = getString(hit._source, ECS_FIELDS.processEntityId);
    const bucket = buckets.find((candidate) => candidate.key === entityId);
    return {
      buildingBlocks:
        groupId === null
          ? []
          : blocks
              .filter((block) => getString(block._source, ALERT_FIELDS.groupId) === groupId)
              .map((block) => block._source),
      distinctClients: bucket?.clients.value ?? 0,
      listeningPort: bucket?.ports.buckets[0]?.key ?? null,
    };
  });
}

function readBuckets(aggregations: unknown): ClientsBucket[] {
  const container = aggregations as Record<string, { buckets?: ClientsBucket[] }> | undefined;
  return container?.[CLIENTS_AGGREGATION]?.buckets ?? [];
}

function totalHits(total: estypes.SearchTotalHits | number | undefined): number {
  if (typeof total === 'number') {
    return total;
  }
  return total?.value ?? 0;
}

function unique(values: Array<string | null>): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))];
}
