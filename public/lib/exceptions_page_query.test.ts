import {
  DEFAULT_EXCEPTIONS_PAGE_QUERY,
  parseExceptionsPageQuery,
  serializeExceptionsPageQuery,
  toExceptionsRequest,
} from './exceptions_page_query';

describe('exceptions page query', () => {
  it('falls back to the defaults', () => {
    expect(parseExceptionsPageQuery('')).toEqual(DEFAULT_EXCEPTIONS_PAGE_QUERY);
    expect(
      parseExceptionsPageQuery('?view=x&status=gone&category=none&sort_field=id&per_page=7&page=0')
    ).toEqual(DEFAULT_EXCEPTIONS_PAGE_QUERY);
  });

  it('round-trips every parameter', () => {
    const search = [
      '?view=proposals&status=expired&category=training&search=lab',
      'sort_field=name&sort_order=asc&page=3&per_page=50',
    ].join('&');

    expect(serializeExceptionsPageQuery(parseExceptionsPageQuery(search))).toBe(search);
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeExceptionsPageQuery(DEFAULT_EXCEPTIONS_PAGE_QUERY)).toBe('');
  });

  it('asks for proposals only in the proposals view', () => {
    const query = parseExceptionsPageQuery('?view=proposals&status=active&category=training');

    expect(toExceptionsRequest(query)).toEqual({
      status: 'proposed',
      category: 'training',
      search: undefined,
      sort_field: 'updated_at',
      sort_order: 'desc',
      page: 1,
      per_page: 25,
    });
    expect(toExceptionsRequest({ ...query, view: 'exceptions' }).status).toBe('active');
  });
});
