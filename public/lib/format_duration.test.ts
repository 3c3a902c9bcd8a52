import { formatDuration } from './format_duration';

describe('formatDuration', () => {
  it.each([
    [0, '0.0 s'],
    [400, '0.4 s'],
    [9_940, '9.9 s'],
    [9_990, '10 s'],
    [12_000, '12 s'],
    [59_000, '59 s'],
    [59_999, '1 min'],
    [60_000, '1 min'],
    [185_000, '3 min 5 s'],
    [3_600_000, '1 h'],
    [6_360_000, '1 h 46 min'],
    [7_199_000, '1 h 59 min'],
    [86_400_000, '1 d'],
    [97_200_000, '1 d 3 h'],
    [-5, '0.0 s'],
  ])('formats %d ms as %s', (durationMs, expected) => {
    expect(formatDuration(durationMs)).toBe(expected);
  });
});
