import {
  isDocumentationAddress,
  isLoopbackAddress,
  isPrivateAddress,
  publicIpv4,
  publicIpv6,
  subnetForCopy,
} from './addresses';
import { SeededRandom } from './random';

describe('address ranges', () => {
  it.each([
    ['192.0.2.7', true],
    ['198.51.100.200', true],
    ['203.0.113.1', true],
    ['2001:db8:1::1', true],
    ['8.8.8.8', false],
    ['2001:4860::8888', false],
    ['10.0.0.1', false],
  ])('%s is documentation: %s', (ip, expected) => {
    expect(isDocumentationAddress(ip)).toBe(expected);
  });

  it('classifies private and loopback addresses', () => {
    expect(['10.1.2.3', '172.16.0.1', '172.31.255.254', '192.168.1.1'].every(isPrivateAddress)).toBe(true);
    expect(['172.32.0.1', '11.0.0.1', '203.0.113.5'].some(isPrivateAddress)).toBe(false);
    expect(['127.0.0.1', '::1'].every(isLoopbackAddress)).toBe(true);
    expect(isLoopbackAddress('not an address')).toBe(false);
  });

  it('draws public addresses from the documentation ranges', () => {
    const random = SeededRandom.fromKey(9);
    for (let i = 0; i < 200; i++) {
      expect(isDocumentationAddress(publicIpv4(random))).toBe(true);
      expect(isDocumentationAddress(publicIpv6(random))).toBe(true);
    }
  });
});

describe('subnetForCopy', () => {
  it('keeps the base network in copy 0', () => {
    expect(subnetForCopy('10.20.30', 0, 4)).toBe('10.20.30');
  });

  it('gives every copy and scenario its own private network', () => {
    const networks = new Set<string>();
    for (let copy = 1; copy <= 3072; copy++) {
      for (let scenario = 0; scenario < 8; scenario++) {
        networks.add(subnetForCopy('10.20.30', copy, scenario));
      }
    }
    expect(networks.size).toBe(3072 * 8);
    expect([...networks].every((network) => isPrivateAddress(`${network}.1`))).toBe(true);
  });
});
