import moment from 'moment';

/** Kibana's default `dateFormat` advanced setting, in the browser's time zone. */
const TIMESTAMP_FORMAT = 'MMM D, YYYY @ HH:mm:ss.SSS';

/** Formats an ISO 8601 timestamp for display, or returns the input when it does not parse. */
export const formatTimestamp = (timestamp: string): string => {
  const parsed = moment(timestamp, moment.ISO_8601);

  return parsed.isValid() ? parsed.format(TIMESTAMP_FORMAT) : timestamp;
};
