const SECOND_MS = 1000;
const MINUTE_S = 60;
const HOUR_S = 60 * MINUTE_S;
const DAY_S = 24 * HOUR_S;

/**
 * Formats a duration in milliseconds with its two largest units, for example "1 h 46 min",
 * "3 min 5 s" or "12 s". Durations under 10 s keep one decimal ("0.4 s"). Smaller units are
 * truncated after rounding to a tenth of a second, so "1 h 59 min" never turns into "1 h 60 min".
 */
export const formatDuration = (durationMs: number): string => {
  const totalSeconds = Math.max(0, durationMs) / SECOND_MS;

  const tenthsRounded = Math.round(totalSeconds * 10) / 10;
  if (tenthsRounded < 10) {
    return `${tenthsRounded.toFixed(1)} s`;
  }

  // From the rounded value, so 9.99 s reads "10 s" and not "9 s".
  const wholeSeconds = Math.floor(tenthsRounded);
  if (wholeSeconds < MINUTE_S) {
    return `${wholeSeconds} s`;
  }

  const days = Math.floor(wholeSeconds / DAY_S);
  const hours = Math.floor((wholeSeconds % DAY_S) / HOUR_S);
  const minutes = Math.floor((wholeSeconds % HOUR_S) / MINUTE_S);
  const seconds = wholeSeconds % MINUTE_S;

  if (days > 0) {
    return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  }
  if (hours > 0) {
    return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  }
  return seconds > 0 ? `${minutes} min ${seconds} s` : `${minutes} min`;
};
