import { z } from 'zod';

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

/** Query schema of a route that takes no query parameters. */
export const noQuerySchema = z.object({}).strict();
