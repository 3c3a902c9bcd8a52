import type {
  ExceptionDocument,
  ExceptionRecord,
  ListExceptionsQuery,
  ListExceptionsResponse,
} from '../../../common/api/exceptions';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import {
  buildListExceptionsSearch,
  buildWaitingProposalSearch,
} from './build_list_exceptions_query';
import { toExceptionRecord } from './exception_store';

/** Lists one page of the exceptions of a space, with the number of waiting proposals. */
export async function listExceptions(
  client: ElasticsearchClient,
  spaceId: string,
  query: ListExceptionsQuery,
  now: Date
): Promise<ListExceptionsResponse> {
  const response = await client.search<
    ExceptionDocument,
    { proposed: { doc_count: number } }
  >(buildListExceptionsSearch(query, spaceId, now.toISOString()));
  const exceptions = response.hits.hits.flatMap((hit) =>
    hit._source === undefined ? [] : [toExceptionRecord(hit._source, hit, now)]
  );
  const total = response.hits.total;
  return {
    exceptions,
    total: typeof total === 'number' ? total : (total?.value ?? 0),
    page: query.page,
    per_page: query.per_page,
    proposed_total: response.aggregations?.proposed.doc_count ?? 0,
  };
}

/** Finds the proposal made from the alert that still waits for an admin, or returns null. */
export async function findWaitingProposal(
  client: ElasticsearchClient,
  spaceId: string,
  alertId: string,
  now: Date
): Promise<ExceptionRecord | null> {
  const response = await client.search<ExceptionDocument>(
    buildWaitingProposalSearch(spaceId, alertId)
  );
  const hit = response.hits.hits[0];
  return hit?._source === undefined ? null : toExceptionRecord(hit._source, hit, now);
}
