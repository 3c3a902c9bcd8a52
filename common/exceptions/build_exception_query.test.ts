import { buildExceptionQuery, buildExceptionsQuery } from './build_exception_query';
import type { ExceptionEntry } from './entries';

const user: ExceptionEntry = { field: 'user.name', type: 'match', operator: 'included', value: 'alice' };

describe('buildExceptionQuery', () => {
  it.each<[string, ExceptionEntry, object]>([
    ['match', user, { term: { 'user.name': { value: 'alice' } } }],
    [
      'match on a CIDR range',
      { field: 'source.ip', type: 'match', operator: 'included', value: '10.0.0.0/8' },
      { term: { 'source.ip': { value: '10.0.0.0/8' } } },
    ],
    [
      'match on a port',
      { field: 'destination.port', type: 'match', operator: 'included', value: '8000' },
      { term: { 'destination.port': { value: 8000 } } },
    ],
    [
      'match_any',
      { field: 'host.name', type: 'match_any', operator: 'included', value: ['a', 'b'] },
      { terms: { 'host.name': ['a', 'b'] } },
    ],
    [
      'wildcard',
      { field: 'process.command_line', type: 'wildcard', operator: 'included', value: 'php -S *' },
      { wildcard: { 'process.command_line': { value: 'php -S *', case_insensitive: false } } },
    ],
    [
      'exists',
      { field: 'process.parent.name', type: 'exists', operator: 'included' },
      { exists: { field: 'process.parent.name' } },
    ],
  ])('puts included %s in bool.filter', (_name, entry, clause) => {
    expect(buildExceptionQuery([entry])).toEqual({ bool: { filter: [clause] } });
  });

  it('puts excluded entries in bool.must_not', () => {
    const excluded: ExceptionEntry = { field: 'host.name', type: 'exists', operator: 'excluded' };
    expect(buildExceptionQuery([user, excluded])).toEqual({
      bool: {
        filter: [{ term: { 'user.name': { value: 'alice' } } }],
        must_not: [{ exists: { field: 'host.name' } }],
      },
    });
  });

  it('never emits a query string', () => {
    const entries: ExceptionEntry[] = [
      { field: 'process.command_line', type: 'wildcard', operator: 'included', value: 'a:(b OR c)*' },
      { field: 'user.name', type: 'match', operator: 'excluded', value: 'NOT *' },
      { field: 'host.name', type: 'match_any', operator: 'included', value: ['x AND y'] },
      { field: 'source.ip', type: 'match_any', operator: 'included', value: ['::1'] },
    ];
    const text = JSON.stringify(buildExceptionsQuery([{ entries }, { entries: [user] }]));
    expect(text).not.toContain('query_string');
    expect(text).not.toContain('simple_query_string');
  });
});

describe('buildExceptionsQuery', () => {
  it('ORs exceptions in bool.should', () => {
    const host: ExceptionEntry = { field: 'host.name', type: 'match', operator: 'included', value: 'web-1' };
    expect(buildExceptionsQuery([{ entries: [user] }, { entries: [host] }])).toEqual({
      bool: {
        should: [
          { bool: { filter: [{ term: { 'user.name': { value: 'alice' } } }] } },
          { bool: { filter: [{ term: { 'host.name': { value: 'web-1' } } }] } },
        ],
        minimum_should_match: 1,
      },
    });
  });

  it('matches nothing for no exceptions', () => {
    expect(buildExceptionsQuery([])).toEqual({ bool: { must_not: [{ match_all: {} }] } });
  });
});
