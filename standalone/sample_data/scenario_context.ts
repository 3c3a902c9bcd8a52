import { subnetForCopy } from './addresses';
import type { HostProfile, OsProfile } from './event_base';
import { HostActivity } from './host_activity';
import type { SeededRandom } from './random';
import type { GeneratedEvent } from './types';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** One run of a scenario: the copy it belongs to, its random source and the events it wrote. */
export class ScenarioInstance {
  readonly events: GeneratedEvent[] = [];
  readonly hosts: HostActivity[] = [];

  constructor(
    readonly scenario: string,
    readonly scenarioIndex: number,
    readonly copy: number,
    readonly random: SeededRandom,
    /** Time the sample data is relative to, in epoch milliseconds. */
    readonly anchorMs: number
  ) {}

  /** Host name in this copy: the base name in copy 0, `<name>-c<copy + 1>` in later copies. */
  hostName(baseName: string): string {
    return this.copy === 0 ? baseName : `${baseName}-c${this.copy + 1}`;
  }

  /** Returns the /24 network (first three octets) this instance uses in place of `baseSubnet`. */
  subnet(baseSubnet: string): string {
    return subnetForCopy(baseSubnet, this.copy, this.scenarioIndex);
  }

  /** Adds a host with the given last address octet in the instance's network. */
  addHost(
    baseName: string,
    os: OsProfile,
    subnet: string,
    lastOctet: number,
    bootMs: number
  ): HostActivity {
    const profile: HostProfile = {
      name: this.hostName(baseName),
      id: this.random.hex(32),
      ip: [`${subnet}.${lastOctet}`],
      os,
      agentId: this.random.uuid(),
      scenario: this.scenario,
    };
    const host = new HostActivity(profile, this.random, this.events, bootMs);
    this.hosts.push(host);
    return host;
  }

  /**
   * Returns a time between `latestAgoMs` and `earliestAgoMs` before the anchor, with
   * millisecond jitter so events of different instances do not line up.
   */
  timeAgo(latestAgoMs: number, earliestAgoMs: number): number {
    return this.anchorMs - this.random.int(latestAgoMs, earliestAgoMs);
  }

  /** Start of the UTC day that contains the anchor, in epoch milliseconds. */
  get anchorDayMs(): number {
    return Math.floor(this.anchorMs / DAY) * DAY;
  }
}

/** Returns `count` sorted times between `fromMs` and `toMs`. */
export function spreadTimes(
  random: SeededRandom,
  fromMs: number,
  toMs: number,
  count: number
): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    times.push(random.int(fromMs, toMs));
  }
  return times.sort((a, b) => a - b);
}

type ListeningProcess = Parameters<HostActivity['accept']>[0];

/**
 * Writes the first accepted connection of a server, within a minute of its start, as when
 * someone tests a server right after starting it.
 */
export function firstConnection(
  host: HostActivity,
  server: ListeningProcess,
  port: number,
  clients: readonly string[]
): void {
  const { random } = host;
  const atMs = server.startMs + random.int(3, 45) * SECOND;
  host.accept(server, random.pick(clients), port, atMs, random.int(20, 900));
}

/** The time span and number of a server's accepted connections. */
export interface ConnectionWindow {
  fromMs: number;
  toMs: number;
  count: number;
}

/**
 * Writes `window.count` accepted connections to a listening server from clients picked
 * from `clients`: the first connection, then the rest between `fromMs` and `toMs`.
 */
export function serveClients(
  host: HostActivity,
  server: ListeningProcess,
  port: number,
  clients: readonly string[],
  window: ConnectionWindow
): void {
  const { random } = host;
  firstConnection(host, server, port, clients);
  for (const atMs of spreadTimes(random, window.fromMs, window.toMs, window.count - 1)) {
    host.accept(server, random.pick(clients), port, atMs, random.int(20, 5000));
  }
}
