import { alertsIndexForSpace } from '../../../common/constants';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import { buildSupportedAlertsFilter } from './build_list_alerts_query';

export interface AlertDocument {
  id: string;
  index: string;
  source: Record<string, unknown>;
}

/**
 * Reads one alert of the supported rules in the space, or returns null when the space has
 * no such alert. Building blocks are found too, so a link to one still opens.
 */
export async function findAlert(params: {
  esClient: ElasticsearchClient;
  spaceId: string;
  alertId: string;
}): Promise<AlertDocument | null> {
  const { esClient, spaceId, alertId } = params;

  const result = await esClient.search<Record<string, unknown>>({
    index: alertsIndexForSpace(spaceId),
    ignore_unavailable: true,
    allow_no_indices: true,
    size: 1,
    query: {
      bool: { filter: [{ ids: { values: [alertId] } }, ...buildSupportedAlertsFilter(spaceId)] },
    },
  });

  const hit = result.hits.hits[0];
  if (!hit?._id || !hit._source) {
    return null;
  }
  return { id: hit._id, index: hit._index, source: hit._source };
}
