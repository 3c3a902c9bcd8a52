import ipaddr from 'ipaddr.js';

import type { SeededRandom } from './random';

/**
 * Address blocks reserved for documentation (RFC 5737 for IPv4, RFC 3849 for IPv6). Every
 * public address in the sample data comes from these, so no real host appears in it.
 */
export const DOCUMENTATION_RANGES = [
  '192.0.2.0/24',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '2001:db8::/32',
] as const;

/** Private address blocks (RFC 1918). */
export const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] as const;

export const LOOPBACK_RANGES = ['127.0.0.0/8', '::1/128'] as const;

const PUBLIC_IPV4_PREFIXES = ['192.0.2', '198.51.100', '203.0.113'] as const;

export function publicIpv4(random: SeededRandom): string {
  return `${random.pick(PUBLIC_IPV4_PREFIXES)}.${random.int(1, 254)}`;
}

export function publicIpv6(random: SeededRandom): string {
  return `2001:db8:${random.int(1, 0xffff).toString(16)}::${random.int(1, 0xffff).toString(16)}`;
}

/**
 * Returns the /24 network (first three octets) of one scenario instance. The base copy uses
 * the scenario's own network. Copy n of scenario s gets network number (n - 1) * 16 + s
 * counted from 10.64.0.0 (up to 10.255.255.0), so networks stay distinct for the first 3,072
 * copies and repeat after that.
 */
export function subnetForCopy(baseSubnet: string, copy: number, scenarioIndex: number): string {
  if (copy === 0) {
    return baseSubnet;
  }
  const network = (copy - 1) * 16 + scenarioIndex;
  return `10.${64 + (Math.floor(network / 256) % 192)}.${network % 256}`;
}

function inRanges(ip: string, ranges: readonly string[]): boolean {
  if (!ipaddr.isValid(ip)) {
    return false;
  }
  const address = ipaddr.process(ip);
  return ranges.some((range) => {
    const [network, prefix] = ipaddr.parseCIDR(range);
    return address.kind() === network.kind() && address.match(network, prefix);
  });
}

export const isDocumentationAddress = (ip: string): boolean => inRanges(ip, DOCUMENTATION_RANGES);
export const isPrivateAddress = (ip: string): boolean => inRanges(ip, PRIVATE_RANGES);
export const isLoopbackAddress = (ip: string): boolean => inRanges(ip, LOOPBACK_RANGES);

/** `ipv4` or `ipv6`, as in ECS `network.type`. */
export const networkType = (ip: string): 'ipv4' | 'ipv6' => (ip.includes(':') ? 'ipv6' : 'ipv4');
