import type { ElasticsearchClient } from '../../elasticsearch_client';
import type { EvidenceSearch } from './build_evidence_searches';
import { EvidenceSearchError, runEvidenceSearches } from './run_searches';

const searches: EvidenceSearch[] = [
  { section: 'children', index: 'logs-endpoint.events.process-*', body: { size: 2 } },
  { section: 'files', index: 'logs-endpoint.events.file-*', body: { size: 5 } },
];

function clientReturning(responses: unknown[]) {
  const requests: unknown[] = [];
  const client = {
    msearch: async (request: unknown) => {
      requests.push(request);
      return { took: 1, responses };
    },
  };
  return { client: client as unknown as ElasticsearchClient, requests };
}

const hit = (id: string) => ({ _id: id, _index: 'i', _source: { a: 1 } });

describe('runEvidenceSearches', () => {
  it('sends one msearch with a header per search', async () => {
    const { client, requests } = clientReturning([
      { hits: { total: { value: 0 }, hits: [] } },
      { hits: { total: { value: 0 }, hits: [] } },
    ]);
    await runEvidenceSearches(client, searches);
    expect(requests).toEqual([
      {
        searches: [
          { index: 'logs-endpoint.events.process-*', ignore_unavailable: true, allow_no_indices: true },
          { size: 2 },
          { index: 'logs-endpoint.events.file-*', ignore_unavailable: true, allow_no_indices: true },
          { size: 5 },
        ],
      },
    ]);
  });

  it('marks a section truncated at its size', async () => {
    const { client } = clientReturning([
      { hits: { total: { value: 9, relation: 'eq' }, hits: [hit('a'), hit('b')] } },
      { hits: { total: { value: 2, relation: 'eq' }, hits: [hit('c'), hit('d')] } },
    ]);
    const results = await runEvidenceSearches(client, searches);
    expect(results.get('children')?.truncated).toBe(true);
    expect(results.get('files')?.truncated).toBe(false);
    expect(results.get('children')?.hits.map((result) => result.id)).toEqual(['a', 'b']);
  });

  it('throws an error naming the failed section', async () => {
    const { client } = clientReturning([
      { hits: { total: { value: 0 }, hits: [] } },
      { status: 404, error: { type: 'index_not_found_exception', reason: 'no such index [x]' } },
    ]);
    const run = runEvidenceSearches(client, searches);
    await expect(run).rejects.toBeInstanceOf(EvidenceSearchError);
    await expect(run).rejects.toMatchObject({ section: 'files', status: 404 });
    await expect(run).rejects.toThrow('Evidence search "files" failed');
  });

  it('throws when a response is missing', async () => {
    const { client } = clientReturning([{ hits: { total: { value: 0 }, hits: [] } }]);
    await expect(runEvidenceSearches(client, searches)).rejects.toThrow(/"files" has no response/);
  });

  it('skips the request without searches', async () => {
    const { client, requests } = clientReturning([]);
    const results = await runEvidenceSearches(client, []);
    expect(results.size).toBe(0);
    expect(requests).toEqual([]);
  });
});
