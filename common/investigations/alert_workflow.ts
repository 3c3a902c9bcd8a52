import type { ChecklistsResponse } from '../api/checklists';
import type { InvestigationDocument } from '../api/investigations';
import type { WorkflowStatus } from '../constants';
import { isResponseComplete } from './checklist_steps';
import { FALSE_POSITIVE_VERDICTS } from './submit_fields';

/** The closing reason of a true positive whose analyst left `closing_reason` empty. */
export const TRUE_POSITIVE_CLOSING_REASON = 'true_positive: response complete';

/** The alert's workflow fields as the Security app stores them. */
export interface AlertWorkflowState {
  status: string;
  reason: string | null;
}

/** A workflow status to write on the alert, with `kibana.alert.workflow_reason`. */
export interface AlertWorkflowChange {
  status: WorkflowStatus;
  reason: string | null;
}

/** Starting an investigation acknowledges an open alert and leaves any other status alone. */
export function getAlertChangeOnStart(alert: AlertWorkflowState): AlertWorkflowChange | null {
  return alert.status === 'open' ? { status: 'acknowledged', reason: null } : null;
}

/**
 * Returns the workflow status an investigation change puts on its alert, or null when the
 * alert keeps its status. Only approval closes an alert: a false positive or benign true
 * positive at once, and a true positive once every response step is checked. An approved
 * undetermined verdict leaves the alert acknowledged.
 */
export function getAlertChangeOnUpdate(
  investigation: InvestigationDocument,
  checklists: ChecklistsResponse,
  alert: AlertWorkflowState
): AlertWorkflowChange | null {
  if (investigation.status !== 'approved' || investigation.verdict === null) {
    return null;
  }
  const closingReason = investigation.closing_reason?.trim() || null;
  let target: AlertWorkflowChange | null = null;
  if (FALSE_POSITIVE_VERDICTS.includes(investigation.verdict)) {
    target = { status: 'closed', reason: closingReason };
  } else if (
    investigation.verdict === 'true_positive' &&
    isResponseComplete(investigation, checklists)
  ) {
    target = { status: 'closed', reason: closingReason ?? TRUE_POSITIVE_CLOSING_REASON };
  }
  if (target === null || (target.status === alert.status && target.reason === alert.reason)) {
    return null;
  }
  return target;
}
