import type { AlertEvidence } from '../../../common/api/evidence';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import { buildAlertContext } from './alert_context';
import { assembleEvidence } from './assemble_evidence';
import { buildEvidenceSearches } from './build_evidence_searches';
import { fetchAlert } from './fetch_alert';
import { runEvidenceSearches } from './run_searches';

/**
 * Gathers the evidence for one alert in two round trips: a search for the alert, then one
 * msearch with every other section. Returns null when the space has no alert with that id.
 * Throws the client's error when a request fails, and an `EvidenceSearchError` when one
 * search inside the msearch fails.
 */
export async function getAlertEvidence(params: {
  esClient: ElasticsearchClient;
  spaceId: string;
  alertId: string;
}): Promise<AlertEvidence | null> {
  const { esClient, spaceId, alertId } = params;

  const alert = await fetchAlert(esClient, spaceId, alertId);
  if (alert === null) {
    return null;
  }

  const context = buildAlertContext(spaceId, alert);
  const results = await runEvidenceSearches(esClient, buildEvidenceSearches(context));
  return assembleEvidence(context, results);
}
