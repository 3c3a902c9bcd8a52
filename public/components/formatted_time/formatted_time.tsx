import { EuiToolTip } from '@elastic/eui';

import { formatTimestamp } from '../../lib/format_timestamp';
import { EmptyValue } from '../empty_value/empty_value';

export interface FormattedTimeProps {
  value: string | null;
  /** Turns the ISO 8601 value into the shown text; `formatTimestamp` unless given. */
  format?: (timestamp: string) => string;
}

/** Renders a timestamp in Kibana's default date format, with the ISO 8601 value in a tooltip. */
export const FormattedTime = ({ value, format = formatTimestamp }: FormattedTimeProps) => {
  if (value === null) {
    return <EmptyValue />;
  }

  return (
    <EuiToolTip content={value}>
      <time dateTime={value} tabIndex={0}>
        {format(value)}
      </time>
    </EuiToolTip>
  );
};
