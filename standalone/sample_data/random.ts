/**
 * Seeded pseudo-random numbers for the sample data. Every value the generator draws comes
 * from here, so the same seed gives the same documents.
 */
import { createHash } from 'node:crypto';

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const HEX_ALPHABET = '0123456789abcdef';

/**
 * Derives the 128-bit generator state for a key: the first 16 bytes of the SHA-256 of the
 * key's parts. A 32-bit seed is not enough, because thousands of scenario instances would
 * then share seeds or run through overlapping stretches of one 2^32 cycle, repeating ids.
 */
export function stateForKey(...parts: ReadonlyArray<string | number>): Uint32Array {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  const state = new Uint32Array(4);
  for (let i = 0; i < 4; i++) {
    state[i] = digest.readUInt32LE(i * 4);
  }
  return state;
}

/**
 * An SFC32 generator (small fast counting generator) with 128 bits of state. One word of
 * the state is a counter, so every stream has a period of at least 2^32, and streams of
 * different keys start at unrelated points of a much larger state space.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private counter: number;

  constructor(state: Uint32Array) {
    // `| 0` keeps the fields 32-bit integers, which V8 stores unboxed.
    this.a = (state[0] ?? 0) | 0;
    this.b = (state[1] ?? 0) | 0;
    this.c = (state[2] ?? 0) | 0;
    this.counter = (state[3] ?? 0) | 0;
    // The first outputs still show structure of the state, so they are skipped.
    for (let i = 0; i < 12; i++) {
      this.next();
    }
  }

  /** Creates a generator whose state is derived from the key's parts. */
  static fromKey(...parts: ReadonlyArray<string | number>): SeededRandom {
    return new SeededRandom(stateForKey(...parts));
  }

  /** Returns a float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.counter) | 0;
    this.counter = (this.counter + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
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
    return items[Math.floor(this.next() * items.length)];
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

  /** Returns a random version 4 UUID. */
  uuid(): string {
    const variant = HEX_ALPHABET[8 + this.int(0, 3)];
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${variant}${this.hex(3)}-${this.hex(12)}`;
  }

  /** Returns a 20-character document `_id` in the alphabet of Elasticsearch's generated ids. */
  documentId(): string {
    return this.chars(ID_ALPHABET, 20);
  }

  /** Returns an Elastic Defend style `event.id` of 24 base64 characters. */
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
