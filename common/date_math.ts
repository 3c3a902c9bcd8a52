import dateMath from '@elastic/datemath';

/** Parses an ISO 8601 date or date math (`now-7d`, `now/d`); `roundUp` rounds `/d` to the end. */
export const parseDateMath = (value: string, roundUp = false): Date | null => {
  const parsed = dateMath.parse(value, { roundUp });

  if (!parsed || !parsed.isValid()) {
    return null;
  }

  return parsed.toDate();
};

export const isValidDateMath = (value: string): boolean => parseDateMath(value) !== null;
