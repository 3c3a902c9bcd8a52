import type { estypes } from '@elastic/elasticsearch';

import type { ElasticsearchClient } from '../../elasticsearch_client';
import type { EvidenceSearch, EvidenceSection } from './build_evidence_searches';
import { toSourceHits, type SourceHit } from './source_hit';

/** The hits and aggregations one evidence search returned. */
export interface SectionResult {
  hits: SourceHit[];
  aggregations: unknown;
  /** True when the search returned as many hits as its size and more matched. */
  truncated: boolean;
}

export type SectionResults = Map<EvidenceSection, SectionResult>;

/** An evidence search the engine failed to run. `status` is the engine's HTTP status. */
export class EvidenceSearchError extends Error {
  constructor(
    readonly section: EvidenceSection,
    readonly status: number | null,
    message: string
  ) {
    super(message);
    this.name = 'EvidenceSearchError';
  }
}

/**
 * Runs all evidence searches in one msearch. Throws an `EvidenceSearchError` naming the
 * first section that failed, because evidence with a silently missing section would mislead.
 */
export async function runEvidenceSearches(
  esClient: ElasticsearchClient,
  searches: EvidenceSearch[]
): Promise<SectionResults> {
  const results: SectionResults = new Map();
  if (searches.length === 0) {
    return results;
  }

  const response = await esClient.msearch<unknown>({
    searches: searches.flatMap((search) => [
      { index: search.index, ignore_unavailable: true, allow_no_indices: true },
      search.body,
    ]),
  });

  searches.forEach((search, position) => {
    const item = response.responses[position];
    if (item === undefined) {
      throw new EvidenceSearchError(
        search.section,
        null,
        `Evidence search "${search.section}" has no response: msearch returned ` +
          `${response.responses.length} responses for ${searches.length} searches`
      );
    }
    if ('error' in item) {
      const reason = item.error.reason ?? item.error.type;
      throw new EvidenceSearchError(
        search.section,
        item.status,
        `Evidence search "${search.section}" failed on ${search.index}: ${reason}`
      );
    }
    results.set(search.section, toSectionResult(item, search.body.size));
  });
  return results;
}

function toSectionResult(
  item: estypes.MsearchMultiSearchItem<unknown>,
  size: number | undefined
): SectionResult {
  const hits = item.hits.hits;
  const total = item.hits.total;
  const totalCount = typeof total === 'number' ? total : (total?.value ?? null);
  const limit = size ?? 10;
  const atLimit = limit > 0 && hits.length >= limit;
  return {
    hits: toSourceHits(hits),
    aggregations: item.aggregations,
    truncated: atLimit && (totalCount === null || totalCount > hits.length),
  };
}
