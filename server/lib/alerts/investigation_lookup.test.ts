import { listAlertsQuerySchema } from '../../../common/api/alerts';
import { INVESTIGATIONS_INDEX } from '../../../common/constants';
import { ALERT_FIELDS } from '../../../common/ecs_fields';
import { buildListAlertsSearch } from './build_list_alerts_query';
import {
  buildInvestigatedAlertsSearch,
  buildInvestigationSummariesSearch,
} from './investigation_lookup';

describe('buildInvestigatedAlertsSearch', () => {
  it('filters by status and assignee in the space', () => {
    const search = buildInvestigatedAlertsSearch('default', { investigation_status: 'submitted', assignee: 'lead' });
    expect(search.index).toBe(INVESTIGATIONS_INDEX);
    expect(search.query?.bool?.filter).toEqual([
      { term: { space_id: 'default' } },
      { term: { status: 'submitted' } },
      { term: { assignee: 'lead' } },
    ]);
    expect(search._source).toEqual(['alert_id']);
  });

  it('finds every investigation of the space for none', () => {
    const search = buildInvestigatedAlertsSearch('default', { investigation_status: 'none' });
    expect(search.query?.bool?.filter).toEqual([{ term: { space_id: 'default' } }]);
  });
});

describe('buildInvestigationSummariesSearch', () => {
  it('reads the page alerts by investigation id', () => {
    const search = buildInvestigationSummariesSearch('team-a', ['a1', 'a2']);
    expect(search.query?.bool?.filter).toEqual([
      { term: { space_id: 'team-a' } },
      { ids: { values: ['team-a:a1', 'team-a:a2'] } },
    ]);
    expect(search.size).toBe(2);
  });
});

describe('buildListAlertsSearch with alert ids', () => {
  const query = listAlertsQuerySchema.parse({});

  it('keeps only included alerts', () => {
    const search = buildListAlertsSearch(query, 'default', { include: ['a1'] });
    expect(search.query?.bool?.filter).toContainEqual({ ids: { values: ['a1'] } });
  });

  it('leaves out excluded alerts and still excludes building blocks', () => {
    const search = buildListAlertsSearch(query, 'default', { exclude: ['a1', 'a2'] });
    expect(search.query?.bool?.must_not).toEqual([
      { exists: { field: ALERT_FIELDS.buildingBlockType } },
      { ids: { values: ['a1', 'a2'] } },
    ]);
  });

  it('accepts the investigation filters in the list query', () => {
    expect(listAlertsQuerySchema.parse({ investigation_status: 'none', assignee: 'lead' })).toMatchObject({
      investigation_status: 'none',
      assignee: 'lead',
    });
    expect(listAlertsQuerySchema.safeParse({ investigation_status: 'closed' }).success).toBe(false);
  });
});
