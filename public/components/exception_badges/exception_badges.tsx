import { EuiBadge, EuiFlexGroup, EuiFlexItem, EuiToolTip } from '@elastic/eui';

import type { ExceptionSummary } from '../../../common/api/exceptions';
import { formatExpiryTime } from '../../lib/format_timestamp';
import { FALSE_POSITIVE_CATEGORY_LABELS } from '../badges/translations';
import * as i18n from './translations';

/** Describes an exception's category and expiry, such as "Training. Expires Jan 31, 2027 @ 00:00 UTC+00:00". */
export const describeException = ({ category, expire_time: expireTime }: ExceptionSummary) => {
  const expiry =
    expireTime === null ? i18n.NEVER_EXPIRES : i18n.expiresAt(formatExpiryTime(expireTime));

  return `${FALSE_POSITIVE_CATEGORY_LABELS[category] ?? category}. ${expiry}`;
};

export interface ExceptionBadgesProps {
  /** The exceptions an alert matches; nothing renders for an empty list. */
  exceptions: ExceptionSummary[];
}

/**
 * Renders the first matched exception's name in a badge, with its category and expiry in a
 * tooltip, and a "+N" badge whose tooltip lists the others.
 */
export const ExceptionBadges = ({ exceptions }: ExceptionBadgesProps) => {
  const [first, ...others] = exceptions;

  if (first === undefined) {
    return null;
  }

  return (
    <EuiFlexGroup gutterSize="xs" responsive={false} wrap={false} alignItems="center">
      <EuiFlexItem grow={false} css={{ minWidth: 0 }}>
        <EuiToolTip content={describeException(first)}>
          <EuiBadge
            color="hollow"
            iconType="eyeClosed"
            tabIndex={0}
            data-test-subj="simpleHttpInvestigationExceptionBadge"
          >
            {first.name}
          </EuiBadge>
        </EuiToolTip>
      </EuiFlexItem>
      {others.length > 0 && (
        <EuiFlexItem grow={false}>
          <EuiToolTip
            content={
              <ul>
                {others.map((exception) => (
                  <li key={exception.id}>
                    <strong>{exception.name}</strong>: {describeException(exception)}
                  </li>
                ))}
              </ul>
            }
          >
            <EuiBadge
              color="hollow"
              tabIndex={0}
              aria-label={i18n.moreExceptionsLabel(others.length)}
              data-test-subj="simpleHttpInvestigationMoreExceptionsBadge"
            >
              {i18n.moreExceptions(others.length)}
            </EuiBadge>
          </EuiToolTip>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
};
