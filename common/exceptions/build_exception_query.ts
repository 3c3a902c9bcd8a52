import type { estypes } from '@elastic/elasticsearch';

import { PORT_FIELDS, parsePort } from './entries';
import type { ExceptionEntry, ExceptionField } from './entries';

/**
 * Builds a query that matches the documents one exception applies to: every entry must
 * match, so `included` clauses go in `bool.filter` and `excluded` clauses in
 * `bool.must_not`. The query uses only `term`, `terms`, `wildcard` and `exists`, never a
 * query string, so no value is parsed as query syntax.
 *
 * `source.ip` values go through unchanged because `term` and `terms` queries on an `ip`
 * field accept CIDR ranges (checked on the embedded OpenSearch 2.19.6 with IPv4 and IPv6
 * ranges).
 */
export function buildExceptionQuery(entries: readonly ExceptionEntry[]): estypes.QueryDslQueryContainer {
  const filter: estypes.QueryDslQueryContainer[] = [];
  const mustNot: estypes.QueryDslQueryContainer[] = [];

  for (const entry of entries) {
    const clause = buildEntryClause(entry);
    if (entry.operator === 'included') {
      filter.push(clause);
    } else {
      mustNot.push(clause);
    }
  }

  const bool: estypes.QueryDslBoolQuery = {};
  if (filter.length > 0) {
    bool.filter = filter;
  }
  if (mustNot.length > 0) {
    bool.must_not = mustNot;
  }
  return { bool };
}

/**
 * Builds a query that matches the documents any of `exceptions` applies to. An empty list
 * matches no document, as no exception applies.
 */
export function buildExceptionsQuery(
  exceptions: ReadonlyArray<{ entries: readonly ExceptionEntry[] }>
): estypes.QueryDslQueryContainer {
  if (exceptions.length === 0) {
    return { bool: { must_not: [{ match_all: {} }] } };
  }
  return {
    bool: {
      should: exceptions.map((exception) => buildExceptionQuery(exception.entries)),
      minimum_should_match: 1,
    },
  };
}

/** Builds the clause for the `included` form of an entry. The caller negates it for `excluded`. */
function buildEntryClause(entry: ExceptionEntry): estypes.QueryDslQueryContainer {
  switch (entry.type) {
    case 'match':
      return { term: { [entry.field]: { value: toFieldValue(entry.field, entry.value) } } };
    case 'match_any':
      return { terms: { [entry.field]: entry.value.map((item) => toFieldValue(entry.field, item)) } };
    case 'wildcard':
      // Stated explicitly so the query stays case-sensitive, like `matchesEntries`.
      return { wildcard: { [entry.field]: { value: entry.value, case_insensitive: false } } };
    case 'exists':
      return { exists: { field: entry.field } };
  }
}

/** Converts a port to a number for the `long` field. Other values stay strings. */
function toFieldValue(field: ExceptionField, value: string): estypes.FieldValue {
  if (PORT_FIELDS.includes(field)) {
    const port = parsePort(value);
    if (port === null) {
      throw new TypeError(`Invalid port "${value}" for ${field}: validate entries with exceptionEntrySchema first`);
    }
    return port;
  }
  return value;
}
