import moment from 'moment';

import { formatExpiryTime, formatUtcOffset } from './format_timestamp';

describe('formatExpiryTime', () => {
  it('shows minutes and the UTC offset', () => {
    const expireTime = '2027-01-31T00:00:00.000Z';
    const local = moment(expireTime);

    expect(formatExpiryTime(expireTime)).toBe(
      `${local.format('MMM D, YYYY @ HH:mm')} UTC${local.format('Z')}`
    );
  });

  it('leaves out seconds and milliseconds', () => {
    expect(formatExpiryTime('2027-01-31T00:00:59.999Z')).not.toMatch(/:59|\.999/);
  });

  it('returns unparsable input unchanged', () => {
    expect(formatExpiryTime('not a time')).toBe('not a time');
  });
});

describe('formatUtcOffset', () => {
  it('prefixes the offset with UTC', () => {
    expect(formatUtcOffset(moment.parseZone('2027-01-31T00:00:00+05:30'))).toBe('UTC+05:30');
  });
});
