import type { estypes } from '@elastic/elasticsearch';

import { listAlertsQuerySchema } from '../../../common/api/alerts';
import {
  PREVIEW_SAMPLE_SIZE,
  type PreviewExceptionBody,
  type PreviewExceptionResponse,
} from '../../../common/api/exceptions';
import type { InvestigationDocument } from '../../../common/api/investigations';
import { alertsIndexForSpace, INVESTIGATIONS_INDEX } from '../../../common/constants';
import { ALERT_FIELDS, ECS_FIELDS } from '../../../common/ecs_fields';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import { buildSupportedAlertsFilter } from '../alerts/build_list_alerts_query';
import { listAlerts } from '../alerts/list_alerts';
import { parseMatchPeriod, type MatchPeriod } from './build_match_searches';
import { findMatchingAlerts } from './find_matching_alerts';

/** The id the draft exception goes by while it is matched; no stored exception has it. */
const DRAFT_ID = 'draft';

/**
 * Tries a draft exception on the alerts of a period: how many alerts of its rules there
 * are, how many it matches, the newest matched alerts as list rows, and the matched alerts
 * whose investigation found a true positive.
 */
export async function previewException(params: {
  esClient: ElasticsearchClient;
  internalClient: ElasticsearchClient;
  spaceId: string;
  body: PreviewExceptionBody;
  now?: Date;
}): Promise<PreviewExceptionResponse> {
  const { esClient, internalClient, spaceId, body } = params;
  const period = parseMatchPeriod(body.start, body.end);

  const [total, matches] = await Promise.all([
    countRuleAlerts(esClient, spaceId, body.rule_ids, period),
    findMatchingAlerts({
      esClient,
      spaceId,
      exceptions: [{ id: DRAFT_ID, rule_ids: body.rule_ids, entries: body.entries }],
      period,
    }),
  ]);
  const matchedIds = [...matches.keys()];
  if (matchedIds.length === 0) {
    return { total, matched: 0, sample: [], true_positive_alert_ids: [] };
  }

  const [sample, truePositiveIds] = await Promise.all([
    listAlerts({
      esClient,
      investigationsClient: internalClient,
      spaceId,
      query: listAlertsQuerySchema.parse({
        start: period.start.toISOString(),
        end: period.end.toISOString(),
        per_page: PREVIEW_SAMPLE_SIZE,
      }),
      alertIds: { include: matchedIds },
      now: params.now,
    }),
    findTruePositiveAlertIds(internalClient, spaceId, matchedIds),
  ]);
  return {
    total,
    matched: matchedIds.length,
    sample: sample.alerts,
    true_positive_alert_ids: truePositiveIds,
  };
}

/** Builds the count of the shell and single-event alerts of some rules in a period. */
export function buildRuleAlertsCount(
  spaceId: string,
  ruleIds: readonly string[],
  period: MatchPeriod
): estypes.CountRequest {
  return {
    index: alertsIndexForSpace(spaceId),
    ignore_unavailable: true,
    allow_no_indices: true,
    query: {
      bool: {
        filter: [
          ...buildSupportedAlertsFilter(spaceId),
          { terms: { [ALERT_FIELDS.ruleId]: [...ruleIds] } },
          {
            range: {
              [ECS_FIELDS.timestamp]: {
                gte: period.start.toISOString(),
                lte: period.end.toISOString(),
                format: 'strict_date_optional_time',
              },
            },
          },
        ],
        must_not: [{ exists: { field: ALERT_FIELDS.buildingBlockType } }],
      },
    },
  };
}

async function countRuleAlerts(
  esClient: ElasticsearchClient,
  spaceId: string,
  ruleIds: readonly string[],
  period: MatchPeriod
): Promise<number> {
  const response = await esClient.count(buildRuleAlertsCount(spaceId, ruleIds, period));
  return response.count;
}

/** Builds the search for the alerts among `alertIds` whose investigation found a true positive. */
export function buildTruePositiveSearch(
  spaceId: string,
  alertIds: readonly string[]
): estypes.SearchRequest {
  return {
    index: INVESTIGATIONS_INDEX,
    ignore_unavailable: true,
    size: alertIds.length,
    _source: ['alert_id'],
    query: {
      bool: {
        filter: [
          { term: { space_id: spaceId } },
          { terms: { alert_id: [...alertIds] } },
          { term: { verdict: 'true_positive' } },
        ],
      },
    },
    sort: [{ alert_id: { order: 'asc' } }],
  };
}

async function findTruePositiveAlertIds(
  internalClient: ElasticsearchClient,
  spaceId: string,
  alertIds: readonly string[]
): Promise<string[]> {
  const response = await internalClient.search<Pick<InvestigationDocument, 'alert_id'>>(
    buildTruePositiveSearch(spaceId, alertIds)
  );
  return response.hits.hits.flatMap((hit) =>
    hit._source === undefined ? [] : [hit._source.alert_id]
  );
}
