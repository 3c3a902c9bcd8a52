import { EuiBadge } from '@elastic/eui';

import type { ExceptionStatus } from '../../../common/api/exceptions';
import { EXCEPTION_STATUS_LABELS } from './translations';

const COLOR_BY_STATUS: Record<ExceptionStatus, string> = {
  proposed: 'accent',
  active: 'success',
  expired: 'default',
  rejected: 'danger',
};

export interface ExceptionStatusBadgeProps {
  status: ExceptionStatus;
  'data-test-subj'?: string;
}

/** Renders whether an exception waits for an admin, applies, has expired or was rejected. */
export const ExceptionStatusBadge = ({
  status,
  'data-test-subj': dataTestSubj = 'simpleHttpInvestigationExceptionStatusBadge',
}: ExceptionStatusBadgeProps) => (
  <EuiBadge
    color={COLOR_BY_STATUS[status]}
    data-exception-status={status}
    data-test-subj={dataTestSubj}
  >
    {EXCEPTION_STATUS_LABELS[status]}
  </EuiBadge>
);
