import type { z } from 'zod';

import { listAlertsQuerySchema } from './alerts';
import { listExceptionsQuerySchema } from './exceptions';
import { listInvestigationsQuerySchema } from './investigations';

/** Formats issues the way the route validation does: `[page]: message`. */
function validationErrors(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) {
    return [];
  }
  return result.error.issues.map((issue) => `[${issue.path.join('.')}]: ${issue.message}`);
}

describe.each([
  ['alerts', listAlertsQuerySchema],
  ['exceptions', listExceptionsQuerySchema],
  ['investigations', listInvestigationsQuerySchema],
])('list query of %s', (documents, schema) => {
  const pastWindow = `[page]: must not reach past the first 10000 ${documents}; narrow the filters`;

  it('accepts the last page of the result window', () => {
    expect(validationErrors(schema, { page: '100', per_page: '100' })).toEqual([]);
  });

  it('rejects a page past the result window', () => {
    expect(validationErrors(schema, { page: '101', per_page: '100' })).toEqual([pastWindow]);
  });

  it('reports a too large per_page once', () => {
    expect(validationErrors(schema, { per_page: '100000' })).toEqual([
      '[per_page]: must be at most 100',
    ]);
  });

  it('reports a too large page once', () => {
    expect(validationErrors(schema, { page: '100000' })).toEqual([
      '[page]: must be at most 10000',
    ]);
  });

  it('reports page and per_page out of range', () => {
    expect(validationErrors(schema, { page: '0', per_page: '100000' })).toEqual([
      '[page]: must be at least 1',
      '[per_page]: must be at most 100',
    ]);
  });
});
