import {
  DEFAULT_ALERTS_PAGE_QUERY,
  parseAlertsPageQuery,
  serializeAlertsPageQuery,
} from './alerts_page_query';
import { RULE_IDS } from '../../common/constants';

describe('alerts page query', () => {
  it('parses empty string to defaults', () => {
    expect(parseAlertsPageQuery('')).toEqual(DEFAULT_ALERTS_PAGE_QUERY);
  });

  it('serializes defaults to empty string', () => {
    expect(serializeAlertsPageQuery(DEFAULT_ALERTS_PAGE_QUERY)).toBe('');
  });

  it('round-trips every parameter', () => {
    const query = {
      start: 'now-7d',
      end: 'now-1d',
      status: 'acknowledged' as const,
      rule_id: RULE_IDS.connection,
      host: 'web-01',
      user: 'www-data',
      search: 'http.server',
      investigation_status: 'submitted' as const,
      assignee: 'alice',
      exceptions: 'hide' as const,
      sort_field: 'host' as const,
      sort_order: 'asc' as const,
      page: 3,
      per_page: 50,
    };

    expect(parseAlertsPageQuery(serializeAlertsPageQuery(query))).toEqual(query);
  });

  it('falls back to defaults for invalid values', () => {
    const query = parseAlertsPageQuery(
      '?status=deleted&sort_field=pid&sort_order=up&page=0&per_page=7&rule_id=other'
    );

    expect(query.status).toBeUndefined();
    expect(query.rule_id).toBeUndefined();
    expect(query.sort_field).toBe('timestamp');
    expect(query.sort_order).toBe('desc');
    expect(query.page).toBe(1);
    expect(query.per_page).toBe(DEFAULT_ALERTS_PAGE_QUERY.per_page);
  });

  it('reads "none" as not started', () => {
    expect(parseAlertsPageQuery('?investigation_status=none').investigation_status).toBe('none');
  });

  it('drops an unknown investigation status', () => {
    const query = parseAlertsPageQuery('?investigation_status=closed');

    expect(query.investigation_status).toBeUndefined();
  });

  it.each(['hide', 'only'] as const)('reads the exceptions filter %s', (filter) => {
    const search = serializeAlertsPageQuery({ ...DEFAULT_ALERTS_PAGE_QUERY, exceptions: filter });

    expect(search).toBe(`?exceptions=${filter}`);
    expect(parseAlertsPageQuery(search).exceptions).toBe(filter);
  });

  it('drops an unknown exceptions filter', () => {
    expect(parseAlertsPageQuery('?exceptions=all').exceptions).toBeUndefined();
  });

  it('drops blank text filters', () => {
    expect(parseAlertsPageQuery('?host=%20%20&search=').host).toBeUndefined();
  });
});
