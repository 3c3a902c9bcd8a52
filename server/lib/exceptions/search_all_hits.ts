import type { estypes } from '@elastic/elasticsearch';

import type { ElasticsearchClient } from '../../elasticsearch_client';
import { assertMsearchItem } from '../msearch';

/**
 * Reads every hit of several searches of one index. One `_msearch` reads the first page of
 * each, and a search that fills its page goes on with `search_after` on its own. Each body
 * must give a page `size` and sort on fields that make each hit's sort values unique.
 * `section` names the searches in the error of a failed item.
 */
export async function searchAllHits(
  client: ElasticsearchClient,
  index: string,
  bodies: readonly estypes.SearchSearchRequestBody[],
  section: string
): Promise<Array<Array<estypes.SearchHit<unknown>>>> {
  if (bodies.length === 0) {
    return [];
  }
  const header = { index, ignore_unavailable: true, allow_no_indices: true };
  const { responses } = await client.msearch<unknown>({
    searches: bodies.flatMap((body) => [header, body]),
  });

  return Promise.all(
    bodies.map(async (body, position) => {
      const hits = [...assertMsearchItem(responses[position], section).hits.hits];
      let page = hits;
      while (page.length >= (body.size ?? 10)) {
        const searchAfter = page[page.length - 1]?.sort;
        if (searchAfter === undefined) {
          break;
        }
        const response = await client.search<unknown>({
          ...header,
          ...body,
          search_after: searchAfter,
        });
        page = response.hits.hits;
        hits.push(...page);
      }
      return hits;
    })
  );
}
