import type { z } from 'zod';

import { exceptionSchema, parseIpValue, parsePort } from './entries';

/** Formats issues the way the route validation does: `[entries.2.value]: message`. */
function validationErrors(input: unknown): string[] {
  const result = exceptionSchema.safeParse(input);
  if (result.success) {
    return [];
  }
  return result.error.issues.map((issue: z.core.$ZodIssue) => `[${issue.path.join('.')}]: ${issue.message}`);
}

const userEntry = { field: 'user.name', type: 'match', operator: 'included', value: 'alice' };

describe('exceptionSchema', () => {
  it.each([
    ['match', userEntry],
    ['match_any', { field: 'host.name', type: 'match_any', operator: 'excluded', value: ['web-1', 'web-2'] }],
    ['wildcard', { field: 'process.command_line', type: 'wildcard', operator: 'included', value: 'python3 -m http.server *' }],
    ['exists', { field: 'process.parent.name', type: 'exists', operator: 'excluded' }],
    ['IPv4 address', { field: 'source.ip', type: 'match', operator: 'included', value: '10.0.0.5' }],
    ['IPv6 range', { field: 'source.ip', type: 'match', operator: 'included', value: '2001:db8::/32' }],
    ['IP list', { field: 'source.ip', type: 'match_any', operator: 'included', value: ['10.0.0.0/8', '::1'] }],
    ['port', { field: 'destination.port', type: 'match', operator: 'included', value: '8000' }],
  ])('accepts a %s entry', (_name, entry) => {
    expect(validationErrors({ entries: [entry] })).toEqual([]);
  });

  it('names the entry of a malformed IP', () => {
    const entries = [
      userEntry,
      userEntry,
      { field: 'source.ip', type: 'match', operator: 'included', value: '10.0.0.300' },
    ];
    expect(validationErrors({ entries })).toEqual([
      '[entries.2.value]: must be an IP address or CIDR range such as 10.0.0.0/8',
    ]);
  });

  it('names the list item of a malformed IP', () => {
    const entry = { field: 'source.ip', type: 'match_any', operator: 'included', value: ['10.0.0.1', '10.0.0.0/33'] };
    expect(validationErrors({ entries: [entry] })).toEqual([
      '[entries.0.value.1]: must be an IP address or CIDR range such as 10.0.0.0/8',
    ]);
  });

  it('names the entry of an unknown field', () => {
    const entry = { ...userEntry, field: 'process.args' };
    const errors = validationErrors({ entries: [userEntry, entry] });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\[entries\.1\.field\]: must be one of the supported fields: user\.name, /);
  });

  it.each([
    ['0', '[entries.0.value]: must be a port number from 1 to 65535'],
    ['65536', '[entries.0.value]: must be a port number from 1 to 65535'],
    ['80a', '[entries.0.value]: must be a port number from 1 to 65535'],
  ])('rejects port %s', (port, message) => {
    const entry = { field: 'destination.port', type: 'match', operator: 'included', value: port };
    expect(validationErrors({ entries: [entry] })).toEqual([message]);
  });

  it.each([
    ['*', 'must not match every value; use an exists entry instead of a pattern of only *'],
    ['***', 'must not match every value; use an exists entry instead of a pattern of only *'],
    ['', 'must not be empty'],
    ['python\\', 'must not end in a lone \\; write \\\\ for a literal backslash'],
  ])('rejects wildcard pattern %j', (pattern, message) => {
    const entry = { field: 'process.name', type: 'wildcard', operator: 'included', value: pattern };
    expect(validationErrors({ entries: [entry] })).toContain(`[entries.0.value]: ${message}`);
  });

  it('accepts an escaped trailing backslash', () => {
    const entry = { field: 'process.name', type: 'wildcard', operator: 'included', value: 'a\\\\' };
    expect(validationErrors({ entries: [entry] })).toEqual([]);
  });

  it('rejects wildcard on source.ip', () => {
    const entry = { field: 'source.ip', type: 'wildcard', operator: 'included', value: '10.*' };
    expect(validationErrors({ entries: [entry] })).toEqual([
      '[entries.0.type]: must be match, match_any or exists for source.ip, which has no wildcard search',
    ]);
  });

  it('rejects empty match_any lists and values', () => {
    const empty = { field: 'host.name', type: 'match_any', operator: 'included', value: [] };
    const blank = { field: 'host.name', type: 'match_any', operator: 'included', value: ['web-1', ''] };
    expect(validationErrors({ entries: [empty, blank] })).toEqual([
      '[entries.0.value]: must list at least one value',
      '[entries.1.value.1]: must not be empty',
    ]);
  });

  it.each([
    ['match', 'user.name', ' '],
    ['match', 'source.ip', '\t'],
    ['match', 'destination.port', '  '],
    ['wildcard', 'process.name', '\n '],
  ])('rejects a blank %s value on %s', (type, field, value) => {
    const entry = { field, type, operator: 'included', value };
    expect(validationErrors({ entries: [userEntry, entry] })).toEqual([
      '[entries.1.value]: must not be blank',
    ]);
  });

  it('rejects a blank match_any value', () => {
    const entry = { ...userEntry, field: 'host.name', type: 'match_any', value: ['a', ' '] };
    expect(validationErrors({ entries: [entry] })).toEqual([
      '[entries.0.value.1]: must not be blank',
    ]);
  });

  it('keeps spaces around other values', () => {
    const entry = { ...userEntry, field: 'process.command_line', value: ' -m ' };
    expect(validationErrors({ entries: [entry] })).toEqual([]);
  });

  it('rejects a NUL character in values', () => {
    const match = { ...userEntry, value: 'ali\0ce' };
    const matchAny = { ...userEntry, field: 'host.name', type: 'match_any', value: ['a', 'b\0'] };
    const wildcard = { ...userEntry, field: 'process.name', type: 'wildcard', value: '\0*' };
    expect(validationErrors({ entries: [match, matchAny, wildcard] })).toEqual([
      '[entries.0.value]: must not contain a NUL character',
      '[entries.1.value.1]: must not contain a NUL character',
      '[entries.2.value]: must not contain a NUL character',
    ]);
  });

  it('rejects repeated match_any values', () => {
    const hosts = {
      field: 'host.name',
      type: 'match_any',
      operator: 'included',
      value: ['web-1', 'web-2', 'web-1', 'web-1'],
    };
    const ports = {
      field: 'destination.port',
      type: 'match_any',
      operator: 'excluded',
      value: ['80', '8000', '80'],
    };
    expect(validationErrors({ entries: [hosts, ports] })).toEqual([
      '[entries.0.value.2]: must not repeat the value "web-1"',
      '[entries.0.value.3]: must not repeat the value "web-1"',
      '[entries.1.value.2]: must not repeat the value "80"',
    ]);
  });

  it('tells apart values that differ in case', () => {
    const entry = { ...userEntry, field: 'host.name', type: 'match_any', value: ['a', 'A'] };
    expect(validationErrors({ entries: [entry] })).toEqual([]);
  });

  it('rejects more than 100 match_any values', () => {
    const values = Array.from({ length: 101 }, (_, index) => `host-${index}`);
    const entry = { field: 'host.name', type: 'match_any', operator: 'included', value: values };
    expect(validationErrors({ entries: [entry] })).toEqual(['[entries.0.value]: must list at most 100 values']);
  });

  it('requires 1 to 20 entries', () => {
    expect(validationErrors({ entries: [] })).toEqual(['[entries]: must list at least one entry']);
    expect(validationErrors({ entries: Array(21).fill(userEntry) })).toEqual([
      '[entries]: must list at most 20 entries',
    ]);
    expect(validationErrors({ entries: Array(20).fill(userEntry) })).toEqual([]);
  });

  it('rejects a value on an exists entry', () => {
    const entry = { field: 'host.name', type: 'exists', operator: 'included', value: 'x' };
    expect(validationErrors({ entries: [entry] })).toHaveLength(1);
  });

  it('rejects an unknown operator', () => {
    const entry = { ...userEntry, operator: 'is' };
    expect(validationErrors({ entries: [entry] })).toEqual(['[entries.0.operator]: must be included or excluded']);
  });
});

describe('parseIpValue', () => {
  it.each(['10.0.0.1', '::1', '10.0.0.0/8', 'fd00::/8', '::ffff:10.0.0.1'])('parses %s', (text) => {
    expect(parseIpValue(text)).not.toBeNull();
  });

  it.each(['', '10', '0x7f.0.0.1', '10.0.0.0/', '10.0.0.0/33', '::/129', 'fe80::1%eth0', ' 10.0.0.1', 'a/8'])(
    'rejects %j',
    (text) => {
      expect(parseIpValue(text)).toBeNull();
    }
  );

  it('converts an IPv4-mapped range to IPv4', () => {
    const parsed = parseIpValue('::ffff:10.0.0.0/104');
    expect(parsed?.kind).toBe('range');
    if (parsed?.kind === 'range') {
      expect(parsed.range[0].toString()).toBe('10.0.0.0');
      expect(parsed.range[1]).toBe(8);
    }
  });
});

describe('parsePort', () => {
  it.each([
    ['1', 1],
    ['65535', 65535],
    ['08000', 8000],
    ['0', null],
    ['65536', null],
    ['-1', null],
    ['1e3', null],
    ['', null],
  ])('parses %j as %p', (text, port) => {
    expect(parsePort(text)).toBe(port);
  });
});
