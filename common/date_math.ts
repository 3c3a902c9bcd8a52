import dateMath from '@elastic/datemath';
import moment from 'moment';

/**
 * Parses an ISO 8601 date or date math (`now-7d`, `now/d`); `roundUp` rounds `/d` to the
 * end of the unit. Other formats are rejected rather than guessed by `Date`.
 */
export const parseDateMath = (value: string, roundUp = false): Date | null => {
  const text = value.trim();
  if (!text.startsWith('now')) {
    const base = text.split('||')[0];
    if (!moment(base, moment.ISO_8601, true).isValid()) {
      return null;
    }
  }

  const parsed = dateMath.parse(text, { roundUp });
  if (!parsed || !parsed.isValid()) {
    return null;
  }
  return parsed.toDate();
};

export const isValidDateMath = (value: string): boolean => parseDateMath(value) !== null;
