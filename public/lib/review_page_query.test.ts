import {
  DEFAULT_REVIEW_PAGE_QUERY,
  parseReviewPageQuery,
  serializeReviewPageQuery,
  toInvestigationsRequest,
} from './review_page_query';
import { RULE_IDS } from '../../common/constants';

describe('review page query', () => {
  it('defaults to the submitted queue', () => {
    expect(parseReviewPageQuery('')).toEqual(DEFAULT_REVIEW_PAGE_QUERY);
    expect(serializeReviewPageQuery(DEFAULT_REVIEW_PAGE_QUERY)).toBe('');
  });

  it('round-trips every parameter', () => {
    const query = {
      status: 'all' as const,
      analyst: 'alice',
      verdict: 'benign_true_positive' as const,
      rule_id: RULE_IDS.creation,
      host: 'web-01',
      start: 'now-7d',
      sort_field: 'host' as const,
      sort_order: 'desc' as const,
      page: 2,
      per_page: 50,
    };

    expect(parseReviewPageQuery(serializeReviewPageQuery(query))).toEqual(query);
  });

  it('falls back to defaults for invalid values', () => {
    const query = parseReviewPageQuery(
      '?status=closed&verdict=maybe&sort_field=pid&sort_order=up&page=-1&per_page=7'
    );

    expect(query).toEqual(DEFAULT_REVIEW_PAGE_QUERY);
  });

  it('drops the status filter for "all"', () => {
    const request = toInvestigationsRequest({ ...DEFAULT_REVIEW_PAGE_QUERY, status: 'all' });

    expect(request.status).toBeUndefined();
    expect(toInvestigationsRequest(DEFAULT_REVIEW_PAGE_QUERY).status).toBe('submitted');
  });
});
