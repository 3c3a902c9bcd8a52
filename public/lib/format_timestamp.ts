import moment from 'moment';

/** Kibana's default `dateFormat` advanced setting, in the browser's time zone. */
const TIMESTAMP_FORMAT = 'MMM D, YYYY @ HH:mm:ss.SSS';

/** Formats an ISO 8601 timestamp for display, or returns the input when it does not parse. */
export const formatTimestamp = (timestamp: string): string => {
  const parsed = moment(timestamp, moment.ISO_8601);

  return parsed.isValid() ? parsed.format(TIMESTAMP_FORMAT) : timestamp;
};

/**
 * The expiry picker's format. Expiry times are picked to the minute, so seconds and
 * milliseconds would only add zeros.
 */
export const EXPIRY_INPUT_FORMAT = 'MMM D, YYYY @ HH:mm';

/** Returns the browser's offset from UTC at that time, such as "UTC+01:00". */
export const formatUtcOffset = (time: moment.Moment): string => `UTC${time.format('Z')}`;

/**
 * Formats an exception's expiry to the minute with the browser's UTC offset, such as
 * "Jan 31, 2027 @ 00:00 UTC+01:00", or returns the input when it does not parse.
 */
export const formatExpiryTime = (timestamp: string): string => {
  const parsed = moment(timestamp, moment.ISO_8601);

  return parsed.isValid()
    ? `${parsed.format(EXPIRY_INPUT_FORMAT)} ${formatUtcOffset(parsed)}`
    : timestamp;
};
