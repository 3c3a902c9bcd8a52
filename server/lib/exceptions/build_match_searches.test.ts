import { RULE_IDS } from '../../../common/constants';
import type { ExceptionEntry } from '../../../common/exceptions/entries';
import {
  buildCandidateSearch,
  buildGroupSearch,
  CANDIDATE_MARGIN_MS,
  choosePivotEntry,
  parseMatchPeriod,
} from './build_match_searches';

const exists: ExceptionEntry = { field: 'host.name', type: 'exists', operator: 'included' };
const wildcard: ExceptionEntry = {
  field: 'process.command_line',
  type: 'wildcard',
  operator: 'included',
  value: '*CGIHTTPServer*',
};
const match: ExceptionEntry = {
  field: 'user.name',
  type: 'match',
  operator: 'included',
  value: 'mira',
};
const excludedMatch: ExceptionEntry = { ...match, operator: 'excluded' };

const period = {
  start: new Date('2027-01-10T00:00:00.000Z'),
  end: new Date('2027-01-11T00:00:00.000Z'),
};

describe('choosePivotEntry', () => {
  it('prefers match over wildcard and exists', () => {
    expect(choosePivotEntry([exists, wildcard, match])).toBe(match);
    expect(choosePivotEntry([exists, wildcard])).toBe(wildcard);
  });

  it('never picks an excluded entry', () => {
    expect(choosePivotEntry([excludedMatch, exists])).toBe(exists);
    expect(choosePivotEntry([excludedMatch])).toBeNull();
  });
});

describe('buildCandidateSearch', () => {
  const exception = { id: 'e1', rule_ids: [RULE_IDS.connection], entries: [wildcard, match] };

  it('filters by the rules, the widened period and the pivot entry', () => {
    const filter = buildCandidateSearch('default', exception, period).query?.bool?.filter;
    expect(filter).toContainEqual({
      terms: { 'kibana.alert.rule.rule_id': [RULE_IDS.connection] },
    });
    expect(filter).toContainEqual({
      range: {
        '@timestamp': {
          gte: new Date(period.start.valueOf() - CANDIDATE_MARGIN_MS).toISOString(),
          lte: new Date(period.end.valueOf() + CANDIDATE_MARGIN_MS).toISOString(),
          format: 'strict_date_optional_time',
        },
      },
    });
    expect(filter).toContainEqual({
      bool: { filter: [{ term: { 'user.name': { value: 'mira' } } }] },
    });
  });

  it('keeps building blocks, which the list leaves out', () => {
    const search = buildCandidateSearch('default', exception, period);
    expect(search.query?.bool?.must_not).toBeUndefined();
  });

  it('reads every alert of the rules without an included entry', () => {
    const onlyExcluded = { ...exception, entries: [excludedMatch] };
    const filter = buildCandidateSearch('default', onlyExcluded, period).query?.bool?.filter;
    expect(filter).toHaveLength(4);
  });
});

describe('buildGroupSearch', () => {
  it('reads the groups by id in the space', () => {
    const filter = buildGroupSearch('team-a', ['g1', 'g2']).query?.bool?.filter;
    expect(filter).toContainEqual({ term: { 'kibana.space_ids': 'team-a' } });
    expect(filter).toContainEqual({ terms: { 'kibana.alert.group.id': ['g1', 'g2'] } });
  });
});

describe('parseMatchPeriod', () => {
  it('rounds the end up', () => {
    const parsed = parseMatchPeriod('2027-01-10', '2027-01-10||/d');
    expect(parsed.start.toISOString()).toBe('2027-01-10T00:00:00.000Z');
    expect(parsed.end.toISOString()).toBe('2027-01-10T23:59:59.999Z');
  });
});
