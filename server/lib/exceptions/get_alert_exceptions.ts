import type { estypes } from '@elastic/elasticsearch';

import type { AlertExceptionsResponse, ExceptionDocument } from '../../../common/api/exceptions';
import { alertsIndexForSpace, EXCEPTIONS_INDEX } from '../../../common/constants';
import { ALERT_FIELDS } from '../../../common/ecs_fields';
import { getString } from '../../../common/get_field';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import { fetchAlert } from '../evidence/fetch_alert';
import { readActiveExceptions, toExceptionSummary } from './active_exceptions';
import { buildGroupSearch } from './build_match_searches';
import { findMatchingExceptions } from './match_alert';
import { searchAllHits } from './search_all_hits';

/** The proposals route returns at most this many proposals of one alert, newest first. */
const MAX_ALERT_PROPOSALS = 100;

/**
 * Reads the exceptions of one alert: the active exceptions of the space that apply to it
 * and the proposals made from it in any state. A building block is decided with its whole
 * group, as its shell alert is. Returns null when the space has no such alert.
 */
export async function getAlertExceptions(params: {
  esClient: ElasticsearchClient;
  internalClient: ElasticsearchClient;
  spaceId: string;
  alertId: string;
  now: Date;
}): Promise<AlertExceptionsResponse | null> {
  const { esClient, internalClient, spaceId, alertId, now } = params;
  const alert = await fetchAlert(esClient, spaceId, alertId);
  if (alert === null) {
    return null;
  }

  const [documents, exceptions, proposals] = await Promise.all([
    readAlertDocuments(esClient, spaceId, alert.source),
    readActiveExceptions(internalClient, spaceId, now),
    internalClient.search<ExceptionDocument>(buildAlertProposalsSearch(spaceId, alertId)),
  ]);
  const matches = findMatchingExceptions(
    { ruleId: getString(alert.source, ALERT_FIELDS.ruleId), documents },
    exceptions
  );

  return {
    matches: matches.map((exception) => exception.summary),
    proposals: proposals.hits.hits.flatMap((hit) =>
      hit._source === undefined ? [] : [toExceptionSummary(hit._source, now)]
    ),
  };
}

/** Builds the search for the exceptions proposed from one alert, in any state. */
export function buildAlertProposalsSearch(spaceId: string, alertId: string): estypes.SearchRequest {
  return {
    index: EXCEPTIONS_INDEX,
    ignore_unavailable: true,
    size: MAX_ALERT_PROPOSALS,
    query: {
      bool: {
        filter: [{ term: { space_id: spaceId } }, { term: { 'proposal.alert_id': alertId } }],
      },
    },
    sort: [{ created_at: { order: 'desc', unmapped_type: 'date' } }],
  };
}

/** Reads the documents an alert is matched on: its sequence group, or the alert alone. */
export async function readAlertDocuments(
  esClient: ElasticsearchClient,
  spaceId: string,
  source: unknown
): Promise<unknown[]> {
  const groupId = getString(source, ALERT_FIELDS.groupId);
  if (groupId === null) {
    return [source];
  }
  const [hits = []] = await searchAllHits(
    esClient,
    alertsIndexForSpace(spaceId),
    [buildGroupSearch(spaceId, [groupId])],
    'alert group'
  );
  return hits.map((hit) => hit._source);
}
