import { isValidDateMath, parseDateMath } from './date_math';

describe('parseDateMath', () => {
  it('parses relative date math', () => {
    const parsed = parseDateMath('now-1d');
    expect(parsed).not.toBeNull();
    expect(Date.now() - (parsed?.valueOf() ?? 0)).toBeGreaterThanOrEqual(86_400_000 - 1000);
  });

  it('parses ISO 8601 dates', () => {
    expect(parseDateMath('2026-11-30T10:00:00.000Z')?.toISOString()).toBe(
      '2026-11-30T10:00:00.000Z'
    );
  });

  it('rounds up to the end of the unit', () => {
    const end = parseDateMath('2026-11-30T10:00:00.000Z||/d', true);
    expect(end?.toISOString()).toMatch(/T23:59:59.999Z$|T\d\d:59:59.999Z$/);
  });

  it('rejects free text and unknown units', () => {
    expect(isValidDateMath('yesterday')).toBe(false);
    expect(isValidDateMath('now-1x')).toBe(false);
    expect(isValidDateMath('30/11/2026')).toBe(false);
  });
});
