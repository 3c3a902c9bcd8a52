import { z } from 'zod';

import { MAX_PER_PAGE, MAX_RESULT_WINDOW } from '../constants';

/** The highest `page` a list route accepts. */
export const MAX_PAGE = 10_000;

/**
 * A whole number from 1 to `max` given as a query string value. Only decimal digits are
 * accepted, so `0x10` and `1e3` are rejected rather than read as 16 and 1000.
 */
export const wholeNumberParam = (max: number) =>
  z
    .union([z.number(), z.string().trim().regex(/^\d{1,9}$/, 'must be a whole number')])
    .transform(Number)
    .pipe(
      z
        .number()
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .max(max, `must be at most ${max}`)
    );

/**
 * Adds an issue on `page` when the requested page reaches past the first `MAX_RESULT_WINDOW`
 * documents, which a search with `from` and `size` cannot return. It adds none when `page` or
 * `per_page` is out of range, because their own checks already report that.
 */
export function checkResultWindow(
  query: { page: number; per_page: number },
  context: z.RefinementCtx,
  documents: string
): void {
  if (!isWithin(query.page, MAX_PAGE) || !isWithin(query.per_page, MAX_PER_PAGE)) {
    return;
  }
  if (query.page * query.per_page > MAX_RESULT_WINDOW) {
    const limit = `${MAX_RESULT_WINDOW} ${documents}`;
    context.addIssue({
      code: 'custom',
      path: ['page'],
      message: `must not reach past the first ${limit}; narrow the filters`,
    });
  }
}

const isWithin = (value: number, max: number): boolean =>
  Number.isInteger(value) && value >= 1 && value <= max;

/** Query schema of a route that takes no query parameters. */
export const noQuerySchema = z.object({}).strict();
