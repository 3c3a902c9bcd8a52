import { networkType } from './addresses';
import { slimProcessObject } from './event_base';
import type { ProcessRef } from './types';

/** The two ends of one TCP connection. */
export interface ConnectionEnds {
  sourceIp: string;
  sourcePort: number;
  destinationIp: string;
  destinationPort: number;
}

export type NetworkDirection = 'ingress' | 'egress';

/** Returns the network event fields that follow the common event fields. */
export function networkFields(
  process: ProcessRef,
  ends: ConnectionEnds,
  direction: NetworkDirection
): Record<string, unknown> {
  return {
    process: slimProcessObject(process),
    source: { ip: ends.sourceIp, address: ends.sourceIp, port: ends.sourcePort },
    destination: {
      ip: ends.destinationIp,
      address: ends.destinationIp,
      port: ends.destinationPort,
    },
    network: {
      transport: 'tcp',
      type: networkType(ends.destinationIp),
      direction,
    },
  };
}

/** Returns the message Elastic Defend writes for a network event. */
export function networkMessage(action: string, ends: ConnectionEnds): string {
  const source = `${ends.sourceIp}:${ends.sourcePort}`;
  const destination = `${ends.destinationIp}:${ends.destinationPort}`;
  switch (action) {
    case 'connection_accepted':
      return `Endpoint network event: connection accepted from ${source}`;
    case 'connection_attempted':
      return `Endpoint network event: connection attempted to ${destination}`;
    default:
      return `Endpoint network event: ${action.replace('_', ' ')}`;
  }
}

/** Returns the local address a host uses to reach a peer: loopback for loopback peers. */
export function localAddressFor(peerIp: string, hostIp: string): string {
  if (peerIp === '::1' || peerIp.startsWith('127.')) {
    return peerIp;
  }
  return hostIp;
}
