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
import { readActiveExceptions } from '../exceptions/active_exceptions';
import {
  findExceptionAlertIdFilter,
  findRowExceptions,
  mergeAlertIdFilters,
} from './exception_lookup';
import {
  fetchInvestigationSummaries,
  findAlertIdFilter,
  type AlertIdFilter,
} from './investigation_lookup';
import { parseAlertRow, type RowEnrichment } from './parse_alert_row';

const EMPTY_ENRICHMENT = { buildingBlocks: [], distinctClients: 0, listeningPort: null };

interface ClientsBucket {
  key: string;
  clients: { value: number };
  ports: { buckets: Array<{ key: number }> };
}

/**
 * Lists one page of alerts: one search for the page, then one `_msearch` that reads the
 * page's building blocks and connection counts, so a page costs two round trips. Before
 * the page search, one search reads the active exceptions, which mark the rows in memory,
 * beside the search of the investigation filters. The exceptions filter then runs the
 * exception match over the period (`findMatchingAlerts`, two more round trips).
 *
 * Investigations and exceptions live in plugin-owned `.kibana-*` indices, which Kibana's
 * internal user can read and users' roles usually cannot. So `investigationsClient` reads
 * them in searches of their own and never in the `_msearch`, because one `_msearch` runs
 * as one user. `alertIds` limits the list further, as the preview does with its matched alerts.
 */
export async function listAlerts(params: {
  esClient: ElasticsearchClient;
  investigationsClient: ElasticsearchClient;
  spaceId: string;
  query: ListAlertsQuery;
  alertIds?: AlertIdFilter;
  now?: Date;
}): Promise<ListAlertsResponse> {
  const { esClient, investigationsClient, spaceId, query } = params;
  const index = alertsIndexForSpace(spaceId);
  const empty = { alerts: [], total: 0, page: query.page, per_page: query.per_page };

  const [investigationFilter, exceptions] = await Promise.all([
    findAlertIdFilter(investigationsClient, spaceId, query),
    readActiveExceptions(investigationsClient, spaceId, params.now ?? new Date()),
  ]);
  const exceptionFilter = await findExceptionAlertIdFilter({
    esClient,
    spaceId,
    query,
    exceptions,
  });
  const idFilter = mergeAlertIdFilters(
    investigationFilter,
    exceptionFilter,
    params.alertIds ?? null
  );
  if (idFilter?.include?.length === 0) {
    return empty;
  }

  const page = await esClient.search<unknown>({
    index,
    ignore_unavailable: true,
    allow_no_indices: true,
    ...buildListAlertsSearch(query, spaceId, idFilter),
  });
  const hits = page.hits.hits;
  const total = totalHits(page.hits.total);
  if (hits.length === 0) {
    return { ...empty, total };
  }

  const pageAlertIds = unique(hits.map((hit) => hit._id ?? null));
  const [enrichments, investigations] = await Promise.all([
    fetchEnrichments(esClient, index, hits),
    fetchInvestigationSummaries(investigationsClient, spaceId, pageAlertIds),
  ]);
  const alerts = hits.map((hit, position) => {
    const enrichment = enrichments[position] ?? EMPTY_ENRICHMENT;
    return parseAlertRow(
      hit,
      {
        ...enrichment,
        investigation: investigations.get(hit._id ?? '') ?? null,
        exceptions: findRowExceptions(hit._source, enrichment.buildingBlocks, exceptions),
      },
      readServerCommandLine
    );
  });

  return { alerts, total, page: query.page, per_page: query.per_page };
}

async function fetchEnrichments(
  esClient: ElasticsearchClient,
  index: string,
  hits: Array<estypes.SearchHit<unknown>>
): Promise<Array<Omit<RowEnrichment, 'investigation' | 'exceptions'>>> {
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
