import { EuiBadge } from '@elastic/eui';

import type { InvestigationStatus } from '../../../common/api/investigations';
import { INVESTIGATION_STATUS_LABELS, INVESTIGATION_NOT_STARTED } from './translations';

const COLOR_BY_STATUS: Record<InvestigationStatus, string> = {
  in_progress: 'primary',
  submitted: 'accent',
  approved: 'success',
  returned: 'warning',
};

export interface InvestigationStatusBadgeProps {
  /** Null for an alert without an investigation. */
  status: InvestigationStatus | null;
  'data-test-subj'?: string;
}

/** Renders the status of an alert's saved investigation, or "Not started". */
export const InvestigationStatusBadge = ({
  status,
  'data-test-subj': dataTestSubj = 'simpleHttpInvestigationInvestigationStatusBadge',
}: InvestigationStatusBadgeProps) => (
  <EuiBadge
    color={status === null ? 'hollow' : COLOR_BY_STATUS[status]}
    data-investigation-status={status ?? 'none'}
    data-test-subj={dataTestSubj}
  >
    {status === null ? INVESTIGATION_NOT_STARTED : INVESTIGATION_STATUS_LABELS[status]}
  </EuiBadge>
);
