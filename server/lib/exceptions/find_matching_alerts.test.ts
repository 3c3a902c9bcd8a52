import type { estypes } from '@elastic/elasticsearch';

import { RULE_IDS } from '../../../common/constants';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import { findMatchingAlerts } from './find_matching_alerts';
import type { MatchableException } from './match_alert';

type Document = Record<string, unknown>;

const rule = { 'kibana.alert.rule.rule_id': RULE_IDS.connection };
const inPeriod = '2027-01-10T12:00:00.000Z';
const documents: Record<string, Document> = {
  shell: {
    ...rule,
    '@timestamp': inPeriod,
    'kibana.alert.group.id': 'g1',
    host: { name: 'lab-01' },
  },
  block: {
    ...rule,
    '@timestamp': inPeriod,
    'kibana.alert.group.id': 'g1',
    'kibana.alert.building_block_type': 'default',
    user: { name: 'student01' },
  },
  single: {
    ...rule,
    '@timestamp': inPeriod,
    user: { name: 'student01' },
    host: { name: 'lab-02' },
  },
  late: { ...rule, '@timestamp': '2027-01-12T00:30:00.000Z', user: { name: 'student01' } },
};

/**
 * A client whose candidate search returns every document with `user.name` and whose group
 * search returns the documents of the groups named, so the test checks the grouping and
 * the decision and leaves the queries to the engine tests.
 */
type SearchBody = estypes.SearchSearchRequestBody;

function createClient(): { client: ElasticsearchClient; bodies: SearchBody[] } {
  const bodies: SearchBody[] = [];
  const search = (body: SearchBody) => {
    bodies.push(body);
    const filter = JSON.stringify(body.query);
    const ids = Object.keys(documents).filter((id) => {
      const source = documents[id] ?? {};
      return filter.includes('kibana.alert.group.id')
        ? filter.includes(String(source['kibana.alert.group.id']))
        : source.user !== undefined;
    });
    const hits = ids.map((id) => ({
      _id: id,
      _index: 'alerts',
      _source: documents[id],
      sort: [id],
    }));
    return { hits: { hits } };
  };
  const msearch = async (request: { searches: estypes.MsearchRequestItem[] }) => ({
    responses: request.searches
      .filter((_item, position) => position % 2 === 1)
      .map((body) => search(body as SearchBody)),
  });
  return { client: { msearch } as unknown as ElasticsearchClient, bodies };
}

describe('findMatchingAlerts', () => {
  const period = {
    start: new Date('2027-01-10T00:00:00.000Z'),
    end: new Date('2027-01-11T00:00:00.000Z'),
  };
  const find = (esClient: ElasticsearchClient, exceptions: MatchableException[]) =>
    findMatchingAlerts({ esClient, spaceId: 'default', exceptions, period });
  const lab: MatchableException = {
    id: 'lab',
    rule_ids: [RULE_IDS.connection],
    entries: [
      { field: 'user.name', type: 'match', operator: 'included', value: 'student01' },
      { field: 'host.name', type: 'match', operator: 'included', value: 'lab-01' },
    ],
  };

  it('returns the shell of a group matched through its building block', async () => {
    const { client } = createClient();
    const matches = await find(client, [lab]);
    expect([...matches.entries()]).toEqual([['shell', ['lab']]]);
  });

  it('decides single-event alerts alone and keeps to the period', async () => {
    const { client } = createClient();
    const anyLab = { ...lab, id: 'any-lab', entries: [lab.entries[0]] };
    const matches = await find(client, [anyLab]);
    expect([...matches.keys()].sort()).toEqual(['shell', 'single']);
  });

  it('reads nothing without exceptions', async () => {
    const { client, bodies } = createClient();
    const matches = await find(client, []);
    expect(matches.size).toBe(0);
    expect(bodies).toHaveLength(0);
  });
});
