import type { z } from 'zod';

import type { RouteValidationFunction } from '../kibana_contracts';

type RequestPart = 'params' | 'query' | 'body';

/**
 * Wraps a zod schema from `common/` as a Kibana route validation function. Invalid input
 * gets a 400 whose message names each invalid field and the value it expects.
 */
export function validateWith<Schema extends z.ZodType>(
  schema: Schema,
  part: RequestPart
): RouteValidationFunction<z.output<Schema>> {
  return (data, validationResult) => {
    const repeated = part === 'query' ? findRepeatedParameters(data) : [];
    if (repeated.length > 0) {
      return validationResult.badRequest(
        `[request query]: ${repeated.map((name) => `[${name}]: must be given once`).join('; ')}`
      );
    }

    const result = schema.safeParse(data ?? {});
    if (result.success) {
      return validationResult.ok(result.data);
    }
    return validationResult.badRequest(formatIssues(part, result.error.issues));
  };
}

/** Lists query parameters given more than once; no route accepts a list in its query. */
function findRepeatedParameters(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) {
    return [];
  }
  return Object.entries(data)
    .filter(([, value]) => Array.isArray(value))
    .map(([name]) => name);
}

function formatIssues(part: RequestPart, issues: z.core.$ZodIssue[]): string {
  const details = issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `unknown ${part} parameter ${issue.keys.map((key) => `[${key}]`).join(', ')}`;
    }
    const field = issue.path.length > 0 ? issue.path.join('.') : part;
    return `[${field}]: ${issue.message}`;
  });
  return `[request ${part}]: ${details.join('; ')}`;
}
