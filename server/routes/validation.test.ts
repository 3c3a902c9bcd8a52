import { listAlertsQuerySchema } from '../../common/api/alerts';
import type { RouteValidationResultFactory } from '../kibana_contracts';
import { validateWith } from './validation';

const factory: RouteValidationResultFactory = {
  ok: (value) => ({ value }),
  badRequest: (error) => ({ error: typeof error === 'string' ? new Error(error) : error }),
};

describe('validateWith', () => {
  const validate = validateWith(listAlertsQuerySchema, 'query');

  it('fills defaults for an empty query', () => {
    const result = validate(undefined, factory);
    expect(result.value).toMatchObject({ start: 'now-30d', end: 'now', page: 1, per_page: 25 });
  });

  it('coerces numeric strings', () => {
    expect(validate({ page: '2', per_page: '50' }, factory).value).toMatchObject({
      page: 2,
      per_page: 50,
    });
  });

  it('names the invalid field', () => {
    const { error } = validate({ per_page: '500' }, factory);
    expect(error?.message).toBe('[request query]: [per_page]: must be at most 100');
  });

  it('names unknown parameters', () => {
    const { error } = validate({ colour: 'red' }, factory);
    expect(error?.message).toContain('unknown query parameter [colour]');
  });

  it('rejects a start after the end', () => {
    const { error } = validate({ start: 'now', end: 'now-1d' }, factory);
    expect(error?.message).toContain('[start]: must be before end');
  });

  it('rejects invalid date math', () => {
    const { error } = validate({ start: 'yesterday-ish' }, factory);
    expect(error?.message).toContain('[start]: must be an ISO 8601 date');
  });

  it('rejects a page past the result window', () => {
    const { error } = validate({ page: '500', per_page: '100' }, factory);
    expect(error?.message).toContain('[page]: must not reach past the first 10000 alerts');
  });

  it.each(['0x10', '1e3', '-1', '1.5', ''])('rejects the page %j', (page) => {
    const { error } = validate({ page }, factory);
    expect(error?.message).toContain('[page]');
  });

  it('rejects a repeated parameter', () => {
    const { error } = validate({ page: ['1', '2'] }, factory);
    expect(error?.message).toBe('[request query]: [page]: must be given once');
  });

  it('rejects an unsupported rule id', () => {
    const { error } = validate({ rule_id: 'abc' }, factory);
    expect(error?.message).toContain('[rule_id]: must be one of the supported rule ids');
  });
});
