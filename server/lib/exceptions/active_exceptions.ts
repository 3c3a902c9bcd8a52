import type { estypes } from '@elastic/elasticsearch';

import {
  toExceptionStatus,
  type ExceptionDocument,
  type ExceptionSummary,
} from '../../../common/api/exceptions';
import { EXCEPTIONS_INDEX, MAX_RESULT_WINDOW } from '../../../common/constants';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import type { MatchableException } from './match_alert';

/** An active exception: what matching needs and what the alerts list shows of it. */
export interface ActiveException extends MatchableException {
  summary: ExceptionSummary;
}

/** Shapes the summary of a stored exception, with its status derived at `now`. */
export function toExceptionSummary(document: ExceptionDocument, now: Date): ExceptionSummary {
  return {
    id: document.id,
    name: document.name,
    category: document.category,
    status: toExceptionStatus(document.state, document.expire_time, now),
    expire_time: document.expire_time,
  };
}

/**
 * Builds the search for the exceptions of a space that are active at `now`: state `active`
 * and no `expire_time`, or one after `now`.
 */
export function buildActiveExceptionsSearch(spaceId: string, now: Date): estypes.SearchRequest {
  return {
    index: EXCEPTIONS_INDEX,
    ignore_unavailable: true,
    size: MAX_RESULT_WINDOW,
    query: {
      bool: {
        filter: [
          { term: { space_id: spaceId } },
          { term: { state: 'active' } },
          {
            bool: {
              should: [
                { bool: { must_not: [{ exists: { field: 'expire_time' } }] } },
                { range: { expire_time: { gt: now.toISOString() } } },
              ],
              minimum_should_match: 1,
            },
          },
        ],
      },
    },
    sort: [{ created_at: { order: 'asc', unmapped_type: 'date' } }],
  };
}

/**
 * Reads the active exceptions of a space, oldest first. `client` must be able to read the
 * plugin's exceptions index, which users' roles usually cannot.
 * NOTE: it reads at most MAX_RESULT_WINDOW (10,000) exceptions, and a space with more
 * would leave the newest ones unapplied.
 */
export async function readActiveExceptions(
  client: ElasticsearchClient,
  spaceId: string,
  now: Date
): Promise<ActiveException[]> {
  const response = await client.search<ExceptionDocument>(
    buildActiveExceptionsSearch(spaceId, now)
  );
  return response.hits.hits.flatMap((hit) => {
    const document = hit._source;
    if (document === undefined) {
      return [];
    }
    return [
      {
        id: document.id,
        rule_ids: document.rule_ids,
        entries: document.entries,
        summary: toExceptionSummary(document, now),
      },
    ];
  });
}
