/**
 * Seeded pseudo-random numbers for the sample data. Every value the generator draws comes
 * from here, so the same seed gives the same documents.
 */

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const HEX_ALPHABET = '0123456789abcdef';

/** Hashes strings and numbers into a 32-bit seed (FNV-1a over the joined text). */
export function hashSeed(...parts: ReadonlyArray<string | number>): number {
  const text = parts.join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A mulberry32 generator: 32 bits of state, period 2^32, fast and good enough for test data. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Returns a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Returns an integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Returns true with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new Error('Cannot pick from an empty list');
    }
    return items[Math.floor(this.next() * items.length)] as T;
  }

  private chars(alphabet: string, length: number): string {
    let text = '';
    for (let i = 0; i < length; i++) {
      text += alphabet[Math.floor(this.next() * alphabet.length)];
    }
    return text;
  }

  hex(length: number): string {
    return this.chars(HEX_ALPHABET, length);
  }

  /** A random version 4 UUID. */
  uuid(): string {
    const variant = HEX_ALPHABET[8 + this.int(0, 3)];
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${variant}${this.hex(3)}-${this.hex(12)}`;
  }

  /** A 20-character document `_id` in the alphabet Elasticsearch uses for generated ids. */
  documentId(): string {
    return this.chars(ID_ALPHABET, 20);
  }

  /** An Elastic Defend style `event.id`: 24 base64 characters. */
  eventId(): string {
    return this.chars(BASE64_ALPHABET, 24);
  }
}

/**
 * Builds an Elastic Defend style `process.entity_id`: the base64 of agent id, pid and start
 * time in seconds since 1601 (the Windows epoch Defend uses), unique per agent while pid and
 * start time differ.
 */
export function entityId(agentId: string, pid: number, startMs: number): string {
  const windowsSeconds = (startMs + 11_644_473_600_000) / 1000;
  return Buffer.from(`${agentId}-${pid}-${windowsSeconds.toFixed(7)}`).toString('base64');
}
