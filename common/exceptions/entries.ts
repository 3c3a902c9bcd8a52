import ipaddr from 'ipaddr.js';
import { z } from 'zod';

import { isValidAddress } from '../address_kind';
import { ECS_FIELDS } from '../ecs_fields';

/**
 * Exception entries in the shape of Elastic exception list items (`match`, `match_any`,
 * `wildcard` and `exists`), limited to the fields of the simple HTTP server alerts.
 * `buildExceptionQuery` and `matchesEntries` both read these types, so a query and the
 * in-memory check apply the same rules.
 */
export const EXCEPTION_FIELDS = [
  ECS_FIELDS.userName,
  ECS_FIELDS.hostName,
  ECS_FIELDS.processName,
  ECS_FIELDS.processCommandLine,
  ECS_FIELDS.processWorkingDirectory,
  ECS_FIELDS.parentName,
  ECS_FIELDS.parentExecutable,
  ECS_FIELDS.sourceIp,
  ECS_FIELDS.destinationPort,
] as const;
export type ExceptionField = (typeof EXCEPTION_FIELDS)[number];

/** Fields mapped as `ip` in ECS, whose values are addresses or CIDR ranges. */
export const IP_FIELDS: readonly ExceptionField[] = [ECS_FIELDS.sourceIp];
/** Fields mapped as `long` in ECS, whose values are port numbers written as digits. */
export const PORT_FIELDS: readonly ExceptionField[] = [ECS_FIELDS.destinationPort];

export const ENTRY_OPERATORS = ['included', 'excluded'] as const;
export type EntryOperator = (typeof ENTRY_OPERATORS)[number];

export const ENTRY_TYPES = ['match', 'match_any', 'wildcard', 'exists'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export const MAX_ENTRIES = 20;
export const MAX_MATCH_ANY_VALUES = 100;
export const MAX_VALUE_LENGTH = 1024;

const field = z.enum(EXCEPTION_FIELDS, {
  message: `must be one of the supported fields: ${EXCEPTION_FIELDS.join(', ')}`,
});
const operator = z.enum(ENTRY_OPERATORS, { message: 'must be included or excluded' });
const value = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_VALUE_LENGTH, `must be at most ${MAX_VALUE_LENGTH} characters`)
  .refine((text) => text === '' || text.trim() !== '', 'must not be blank')
  .refine((text) => !text.includes('\0'), 'must not contain a NUL character');

export const entryMatchSchema = z
  .object({ field, type: z.literal('match'), operator, value })
  .strict();
export const entryMatchAnySchema = z
  .object({
    field,
    type: z.literal('match_any'),
    operator,
    value: z
      .array(value)
      .min(1, 'must list at least one value')
      .max(MAX_MATCH_ANY_VALUES, `must list at most ${MAX_MATCH_ANY_VALUES} values`)
      .superRefine(checkRepeatedValues),
  })
  .strict();
export const entryWildcardSchema = z
  .object({ field, type: z.literal('wildcard'), operator, value })
  .strict();
export const entryExistsSchema = z
  .object({ field, type: z.literal('exists'), operator })
  .strict();

export type EntryMatch = z.infer<typeof entryMatchSchema>;
export type EntryMatchAny = z.infer<typeof entryMatchAnySchema>;
export type EntryWildcard = z.infer<typeof entryWildcardSchema>;
export type EntryExists = z.infer<typeof entryExistsSchema>;

const IP_MESSAGE = 'must be an IP address or CIDR range such as 10.0.0.0/8';
const PORT_MESSAGE = 'must be a port number from 1 to 65535';

/**
 * One exception entry. Values are checked against the field's ECS type: `source.ip` takes
 * addresses or CIDR ranges, `destination.port` takes a port number as digits, and neither
 * takes a wildcard pattern, because Elasticsearch runs `wildcard` queries only on keyword,
 * text and wildcard fields.
 */
export const exceptionEntrySchema = z
  .discriminatedUnion('type', [
    entryMatchSchema,
    entryMatchAnySchema,
    entryWildcardSchema,
    entryExistsSchema,
  ])
  .superRefine((entry, context) => {
    if (entry.type === 'exists') {
      return;
    }
    if (entry.type === 'wildcard') {
      checkWildcard(entry, context);
      return;
    }

    const values = entry.type === 'match' ? [entry.value] : entry.value;
    values.forEach((item, index) => {
      const path = entry.type === 'match' ? ['value'] : ['value', index];
      // The value schema already reports an empty or blank value.
      if (item.trim() === '') {
        return;
      }
      if (IP_FIELDS.includes(entry.field) && parseIpValue(item) === null) {
        context.addIssue({ code: 'custom', path, message: IP_MESSAGE });
      }
      if (PORT_FIELDS.includes(entry.field) && parsePort(item) === null) {
        context.addIssue({ code: 'custom', path, message: PORT_MESSAGE });
      }
    });
  });
export type ExceptionEntry = z.infer<typeof exceptionEntrySchema>;

export const exceptionEntriesSchema = z
  .array(exceptionEntrySchema)
  .min(1, 'must list at least one entry')
  .max(MAX_ENTRIES, `must list at most ${MAX_ENTRIES} entries`);

/** One exception: its entries must all match (AND) for the exception to apply. */
export const exceptionSchema = z.object({ entries: exceptionEntriesSchema }).strict();
export type Exception = z.infer<typeof exceptionSchema>;

/** Rejects each `match_any` value that an earlier value of the list already states. */
function checkRepeatedValues(values: string[], context: z.RefinementCtx): void {
  const seen = new Set<string>();
  values.forEach((item, index) => {
    if (seen.has(item)) {
      context.addIssue({
        code: 'custom',
        path: [index],
        message: `must not repeat the value "${item}"`,
      });
    }
    seen.add(item);
  });
}

/**
 * Rejects wildcard patterns that cannot mean what the user expects. IP and port fields have
 * no wildcard query. A pattern of only `*` is what an `exists` entry states directly. A
 * pattern ending in a lone `\` leaves the `wildcard` query's escape character dangling.
 */
function checkWildcard(entry: EntryWildcard, context: z.RefinementCtx): void {
  if (IP_FIELDS.includes(entry.field) || PORT_FIELDS.includes(entry.field)) {
    context.addIssue({
      code: 'custom',
      path: ['type'],
      message: `must be match, match_any or exists for ${entry.field}, which has no wildcard search`,
    });
    return;
  }
  if (/^\**$/.test(entry.value)) {
    context.addIssue({
      code: 'custom',
      path: ['value'],
      message: 'must not match every value; use an exists entry instead of a pattern of only *',
    });
  }
  if (/(^|[^\\])(\\\\)*\\$/.test(entry.value)) {
    context.addIssue({
      code: 'custom',
      path: ['value'],
      message: 'must not end in a lone \\; write \\\\ for a literal backslash',
    });
  }
}

/** An IP exception value: one address, or a range as the network address and prefix length. */
export type IpValue =
  | { kind: 'address'; address: ipaddr.IPv4 | ipaddr.IPv6 }
  | { kind: 'range'; range: [ipaddr.IPv4 | ipaddr.IPv6, number] };

/**
 * Parses an address or CIDR range for an IP field, or returns null when `text` is neither.
 * An IPv4-mapped IPv6 address or range (::ffff:10.0.0.0/104) becomes the IPv4 form it
 * carries, so both spellings compare as one address. IPv6 zone ids (fe80::1%eth0) are rejected because an `ip`
 * field cannot store them.
 */
export function parseIpValue(text: string): IpValue | null {
  if (text.includes('%')) {
    return null;
  }

  const slash = text.indexOf('/');
  if (slash === -1) {
    return isValidAddress(text) ? { kind: 'address', address: ipaddr.process(text) } : null;
  }

  if (!isValidAddress(text.slice(0, slash)) || !/^[0-9]{1,3}$/.test(text.slice(slash + 1))) {
    return null;
  }
  let range: [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    range = ipaddr.parseCIDR(text);
  } catch {
    return null;
  }

  const [address, prefix] = range;
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() && prefix >= 96) {
    return { kind: 'range', range: [(address as ipaddr.IPv6).toIPv4Address(), prefix - 96] };
  }
  return { kind: 'range', range };
}

/** Parses a port written as digits, or returns null unless it is from 1 to 65535. */
export function parsePort(text: string): number | null {
  if (!/^[0-9]{1,5}$/.test(text)) {
    return null;
  }
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : null;
}
