import ipaddr from 'ipaddr.js';

import type { AddressKind } from './api/evidence';

/**
 * Ranges that count as `private`, by ipaddr.js 2.x range name: RFC 1918, IPv6 unique local
 * addresses (fc00::/7), link-local (169.254.0.0/16, fe80::/10) and the deprecated IPv6
 * site-local fec0::/10. Link-local and site-local addresses are not routed across the
 * internet, so a client using one is on the host's own network.
 */
const PRIVATE_RANGES = new Set(['private', 'uniqueLocal', 'linkLocal', 'deprecatedSiteLocal']);

/**
 * Ranges that count as `loopback`. The unspecified address (0.0.0.0/8, ::) refers to the
 * host itself when it shows up as a peer, so it is grouped with loopback.
 */
const LOOPBACK_RANGES = new Set(['loopback', 'unspecified']);

/** Returns whether `ip` is an IPv4 dotted quad or an IPv6 address, zone id allowed. */
export function isValidAddress(ip: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(ip) || ipaddr.IPv6.isValid(ip);
}

/**
 * Classifies an IPv4 or IPv6 address as `loopback`, `private` or `public`. An IPv4-mapped
 * IPv6 address (::ffff:10.0.0.1) is classified as the IPv4 address it carries.
 *
 * Every other range is `public`, including carrier-grade NAT (100.64.0.0/10), multicast
 * and the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and
 * 2001:db8::/32. The sample data uses the documentation ranges for internet clients, so
 * they must classify as public.
 *
 * Throws a TypeError when `ip` is not a valid address. IPv4 must be a dotted quad, because
 * ipaddr.js also accepts forms such as "10" or "0x7f.1" that no ECS `ip` field contains.
 */
export function classifyAddress(ip: string): AddressKind {
  const trimmed = ip.trim();
  if (!isValidAddress(trimmed)) {
    throw new TypeError(`Invalid IP address "${ip}": expected an IPv4 dotted quad or IPv6 address`);
  }

  const range = ipaddr.process(trimmed).range();
  if (LOOPBACK_RANGES.has(range)) {
    return 'loopback';
  }
  if (PRIVATE_RANGES.has(range)) {
    return 'private';
  }
  return 'public';
}

/** Classifies an address like `classifyAddress`, returning null for a missing or invalid one. */
export function classifyAddressOrNull(ip: string | null | undefined): AddressKind | null {
  if (ip === null || ip === undefined || !isValidAddress(ip.trim())) {
    return null;
  }
  return classifyAddress(ip);
}
