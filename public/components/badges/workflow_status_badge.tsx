import { EuiBadge } from '@elastic/eui';

import { WORKFLOW_STATUS_LABELS } from './translations';

const COLOR_BY_STATUS: Record<string, string> = {
  open: 'primary',
  acknowledged: 'accent',
  closed: 'default',
};

export interface WorkflowStatusBadgeProps {
  status: string;
}

/** Renders the alert's workflow status (open, acknowledged, closed). */
export const WorkflowStatusBadge = ({ status }: WorkflowStatusBadgeProps) => (
  <EuiBadge
    color={COLOR_BY_STATUS[status] ?? 'hollow'}
    data-workflow-status={status}
    data-test-subj="simpleHttpInvestigationWorkflowStatusBadge"
  >
    {WORKFLOW_STATUS_LABELS[status] ?? status}
  </EuiBadge>
);
