import { entityId, SeededRandom, stateForKey } from './random';

describe('SeededRandom', () => {
  it('repeats its sequence for the same seed', () => {
    const first = SeededRandom.fromKey(42);
    const second = SeededRandom.fromKey(42);
    const draws = Array.from({ length: 5 }, () => [first.next(), second.next()]);
    expect(draws.every(([a, b]) => a === b)).toBe(true);
  });

  it('differs between seeds', () => {
    expect(SeededRandom.fromKey(1).next()).not.toBe(SeededRandom.fromKey(2).next());
  });

  it('keeps int within both bounds', () => {
    const random = SeededRandom.fromKey(3);
    const values = new Set(Array.from({ length: 1000 }, () => random.int(2, 5)));
    expect([...values].sort()).toEqual([2, 3, 4, 5]);
  });

  it('formats ids', () => {
    const random = SeededRandom.fromKey(4);
    expect(random.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(random.documentId()).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(random.eventId()).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(random.hex(64)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects picking from an empty list', () => {
    expect(() => SeededRandom.fromKey(5).pick([])).toThrow('Cannot pick from an empty list');
  });
});

describe('stateForKey', () => {
  it('depends on every part and their order', () => {
    expect(stateForKey(1, 'a')).toEqual(stateForKey(1, 'a'));
    expect(stateForKey(1, 'a')).not.toEqual(stateForKey('a', 1));
    expect(stateForKey(1, 23)).not.toEqual(stateForKey(12, 3));
  });

  it('gives distinct first values for many keys', () => {
    const firsts = new Set<number>();
    for (let copy = 0; copy < 20_000; copy++) {
      firsts.add(SeededRandom.fromKey(1, 0, copy, 'backdoor').next());
    }
    expect(firsts.size).toBe(20_000);
  });
});

describe('entityId', () => {
  it('encodes agent, pid and start time', () => {
    const id = entityId('agent', 1350, Date.UTC(2021, 8, 1));
    expect(Buffer.from(id, 'base64').toString()).toBe('agent-1350-13274928000.0000000');
  });
});
