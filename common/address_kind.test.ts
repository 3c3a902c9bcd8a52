import { classifyAddress, classifyAddressOrNull, isValidAddress } from './address_kind';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['0.0.0.0', 'loopback'],
    ['::', 'loopback'],
  ])('classifies %s as loopback', (ip, kind) => {
    expect(classifyAddress(ip)).toBe(kind);
  });

  it.each([
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.20', 'private'],
    ['169.254.10.10', 'private'],
    ['fd12:3456:789a::1', 'private'],
    ['fc00::1', 'private'],
    ['fe80::1', 'private'],
    ['fe80::1%eth0', 'private'],
    ['::ffff:10.0.0.5', 'private'],
    ['::ffff:192.168.0.1', 'private'],
  ])('classifies %s as private', (ip, kind) => {
    expect(classifyAddress(ip)).toBe(kind);
  });

  it.each([
    ['8.8.8.8'],
    ['172.32.0.1'],
    ['100.64.0.1'],
    ['2a00:1450:4001:82b::200e'],
    ['::ffff:8.8.4.4'],
  ])('classifies %s as public', (ip) => {
    expect(classifyAddress(ip)).toBe('public');
  });

  it.each([['192.0.2.10'], ['198.51.100.7'], ['203.0.113.99'], ['2001:db8::5'], ['::ffff:203.0.113.1']])(
    'classifies documentation address %s as public',
    (ip) => {
      expect(classifyAddress(ip)).toBe('public');
    },
  );

  it('accepts surrounding whitespace', () => {
    expect(classifyAddress(' 10.0.0.1 ')).toBe('private');
  });

  it.each([['not-an-ip'], [''], ['10'], ['0x7f.1'], ['256.1.1.1'], ['1.2.3']])(
    'throws on invalid %p',
    (ip) => {
      expect(() => classifyAddress(ip)).toThrow(TypeError);
    },
  );
});

describe('classifyAddressOrNull', () => {
  it('returns null for missing values', () => {
    expect(classifyAddressOrNull(null)).toBeNull();
    expect(classifyAddressOrNull(undefined)).toBeNull();
  });

  it('returns null for invalid values', () => {
    expect(classifyAddressOrNull('localhost')).toBeNull();
  });

  it('classifies valid values', () => {
    expect(classifyAddressOrNull('203.0.113.5')).toBe('public');
  });
});

describe('isValidAddress', () => {
  it('accepts IPv4 and IPv6', () => {
    expect(isValidAddress('192.168.0.1')).toBe(true);
    expect(isValidAddress('2001:db8::1')).toBe(true);
  });

  it('rejects host names', () => {
    expect(isValidAddress('localhost')).toBe(false);
  });
});
