import ipaddr from 'ipaddr.js';

import { isValidAddress } from '../address_kind';
import { getField } from '../get_field';
import { IP_FIELDS, PORT_FIELDS, parseIpValue, parsePort } from './entries';
import type { ExceptionEntry, ExceptionField, IpValue } from './entries';

/**
 * Returns whether every entry matches `documents`, with the semantics of
 * `buildExceptionQuery` applied in memory. A field's values are the union of that field
 * across all documents, so a shell alert and its building block alerts are checked
 * together even though the shell alert lacks most event fields.
 */
export function matchesEntries(documents: readonly unknown[], entries: readonly ExceptionEntry[]): boolean {
  return entries.every((entry) => {
    const included = matchesIncludedForm(collectValues(documents, entry.field), entry);
    return entry.operator === 'included' ? included : !included;
  });
}

/** Returns whether any of `exceptions` applies to `documents`, and false for an empty list. */
export function matchesAnyException(
  documents: readonly unknown[],
  exceptions: ReadonlyArray<{ entries: readonly ExceptionEntry[] }>
): boolean {
  return exceptions.some((exception) => matchesEntries(documents, exception.entries));
}

/**
 * Converts a wildcard pattern to an anchored regular expression: `*` matches any run of
 * characters, `?` matches one character, and `\` makes the next character literal, as in
 * the Elasticsearch `wildcard` query. Every other character matches itself.
 */
export function wildcardToRegExp(pattern: string): RegExp {
  let source = '';
  const characters = Array.from(pattern);
  for (let i = 0; i < characters.length; i++) {
    const character = characters[i] as string;
    if (character === '\\' && i + 1 < characters.length) {
      i++;
      source += escapeRegExp(characters[i] as string);
    } else if (character === '*') {
      source += '.*';
    } else if (character === '?') {
      source += '.';
    } else {
      source += escapeRegExp(character);
    }
  }
  // `s` lets the wildcards match line breaks inside command lines; `u` makes `?` one code point.
  return new RegExp(`^${source}$`, 'su');
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * Lists the string and number values of `field` across documents, flattening arrays.
 * Missing fields, nulls and values of other types are left out, as Elasticsearch indexes
 * no value for them. An empty string is kept because a keyword field indexes it.
 */
function collectValues(documents: readonly unknown[], field: ExceptionField): Array<string | number> {
  const values: Array<string | number> = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
      values.push(value);
    }
  };
  for (const document of documents) {
    visit(getField(document, field));
  }
  return values;
}

function matchesIncludedForm(values: Array<string | number>, entry: ExceptionEntry): boolean {
  switch (entry.type) {
    case 'exists':
      return values.length > 0;
    case 'match':
      return matchesAnyValue(values, entry.field, [entry.value]);
    case 'match_any':
      return matchesAnyValue(values, entry.field, entry.value);
    case 'wildcard': {
      const regExp = wildcardToRegExp(entry.value);
      return values.some((value) => regExp.test(String(value)));
    }
  }
}

function matchesAnyValue(
  values: Array<string | number>,
  field: ExceptionField,
  expected: readonly string[]
): boolean {
  if (IP_FIELDS.includes(field)) {
    const ipValues = expected.map(parseIpValue).filter((item): item is IpValue => item !== null);
    return values.some((value) => ipValues.some((ipValue) => matchesIp(value, ipValue)));
  }
  if (PORT_FIELDS.includes(field)) {
    const ports = expected.map(parsePort);
    return values.some((value) => ports.includes(Number(value)));
  }
  return values.some((value) => expected.includes(String(value)));
}

/** Compares a document address to an address or range. IPv4-mapped IPv6 counts as IPv4. */
function matchesIp(value: string | number, expected: IpValue): boolean {
  if (typeof value !== 'string' || value.includes('%') || !isValidAddress(value)) {
    return false;
  }
  const address = ipaddr.process(value);

  if (expected.kind === 'range') {
    const [network, prefix] = expected.range;
    return address.kind() === network.kind() && address.match(network, prefix);
  }
  const actualBytes = address.toByteArray();
  const expectedBytes = expected.address.toByteArray();
  return (
    actualBytes.length === expectedBytes.length &&
    actualBytes.every((byte, index) => byte === expectedBytes[index])
  );
}
