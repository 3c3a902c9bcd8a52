import type {
  InvestigationDocument,
  ListInvestigationsQuery,
  ListInvestigationsResponse,
} from '../../../common/api/investigations';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import { buildListInvestigationsSearch } from './build_list_investigations_query';
import { toInvestigation } from './investigation_store';

/** Lists one page of the investigations of a space, with their versions. */
export async function listInvestigations(
  client: ElasticsearchClient,
  spaceId: string,
  query: ListInvestigationsQuery
): Promise<ListInvestigationsResponse> {
  const response = await client.search<InvestigationDocument>(
    buildListInvestigationsSearch(query, spaceId)
  );
  const investigations = response.hits.hits.flatMap((hit) =>
    hit._source === undefined ? [] : [toInvestigation(hit._source, hit)]
  );
  const total = response.hits.total;
  return {
    investigations,
    total: typeof total === 'number' ? total : (total?.value ?? 0),
    page: query.page,
    per_page: query.per_page,
  };
}
