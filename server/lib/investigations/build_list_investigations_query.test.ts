import { listInvestigationsQuerySchema } from '../../../common/api/investigations';
import { INVESTIGATIONS_INDEX, RULE_IDS } from '../../../common/constants';
import { buildListInvestigationsSearch } from './build_list_investigations_query';

const parse = (query: Record<string, string>) => listInvestigationsQuerySchema.parse(query);

describe('buildListInvestigationsSearch', () => {
  it('limits every search to the space and sorts newest first by default', () => {
    const search = buildListInvestigationsSearch(parse({}), 'team-a');

    expect(search.index).toBe(INVESTIGATIONS_INDEX);
    expect(search.query).toEqual({ bool: { filter: [{ term: { space_id: 'team-a' } }] } });
    expect(search.sort).toEqual([
      { updated_at: { order: 'desc', missing: '_last' } },
      { id: { order: 'asc' } },
    ]);
    expect(search.seq_no_primary_term).toBe(true);
    expect(search.from).toBe(0);
    expect(search.size).toBe(25);
  });

  it('adds one term filter per parameter', () => {
    const search = buildListInvestigationsSearch(
      parse({
        status: 'submitted',
        analyst: 'analyst',
        assignee: 'lead',
        verdict: 'true_positive',
        rule_id: RULE_IDS.creation,
        host: 'web-01',
      }),
      'default'
    );

    expect(search.query?.bool?.filter).toEqual([
      { term: { space_id: 'default' } },
      { term: { status: 'submitted' } },
      { term: { analyst: 'analyst' } },
      { term: { assignee: 'lead' } },
      { term: { verdict: 'true_positive' } },
      { term: { rule_id: RULE_IDS.creation } },
      { term: { host_name: 'web-01' } },
    ]);
  });

  it('bounds updated_at by start and end', () => {
    const search = buildListInvestigationsSearch(
      parse({ start: '2026-12-01T00:00:00Z', end: '2026-12-02T00:00:00Z' }),
      'default'
    );
    expect(search.query?.bool?.filter).toContainEqual({
      range: {
        updated_at: {
          gte: '2026-12-01T00:00:00.000Z',
          lte: '2026-12-02T00:00:00.000Z',
          format: 'strict_date_optional_time',
        },
      },
    });
  });

  it('maps the host sort to host_name and pages', () => {
    const search = buildListInvestigationsSearch(
      parse({ sort_field: 'host', sort_order: 'asc', page: '3', per_page: '10' }),
      'default'
    );
    expect(search.sort).toEqual([
      { host_name: { order: 'asc', missing: '_last' } },
      { id: { order: 'asc' } },
    ]);
    expect(search.from).toBe(20);
    expect(search.size).toBe(10);
  });
});

describe('listInvestigationsQuerySchema', () => {
  it.each([
    [{ start: 'now', end: 'now-1d' }, 'must be before end'],
    [{ page: '200', per_page: '100' }, 'must not reach past the first 10000 investigations'],
    [{ status: 'closed' }, 'status'],
    [{ colour: 'red' }, 'colour'],
  ])('rejects %j', (query, message) => {
    const result = listInvestigationsQuerySchema.safeParse(query);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });
});
