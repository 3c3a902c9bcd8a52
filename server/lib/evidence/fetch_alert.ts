import type { estypes } from '@elastic/elasticsearch';

import { alertsIndexForSpace } from '../../../common/constants';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import { buildSupportedAlertsFilter } from '../alerts/build_list_alerts_query';
import { toSourceHits, type SourceHit } from './source_hit';

/** Builds the search for one alert of the supported rules by `_id` within a space. */
export function buildAlertSearch(spaceId: string, alertId: string): estypes.SearchRequest {
  return {
    index: alertsIndexForSpace(spaceId),
    ignore_unavailable: true,
    allow_no_indices: true,
    size: 1,
    query: {
      bool: {
        filter: [{ ids: { values: [alertId] } }, ...buildSupportedAlertsFilter(spaceId)],
      },
    },
  };
}

/**
 * Reads one alert of the supported rules in the space: a shell, a building block or a
 * single-event alert. Returns null when the space has no such alert, or no alerts index.
 */
export async function fetchAlert(
  esClient: ElasticsearchClient,
  spaceId: string,
  alertId: string
): Promise<SourceHit | null> {
  const response = await esClient.search<unknown>(buildAlertSearch(spaceId, alertId));
  return toSourceHits(response.hits.hits)[0] ?? null;
}
