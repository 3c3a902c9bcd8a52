import type { ChecklistsResponse } from '../api/checklists';
import { toInvestigationId, type InvestigationDocument } from '../api/investigations';
import { buildEmptySteps } from './checklist_steps';

export interface NewInvestigationInput {
  spaceId: string;
  alertId: string;
  ruleId: string;
  ruleName: string;
  hostName: string | null;
  userName: string | null;
  alertTimestamp: string;
  analyst: string;
  assignee: string | null;
  checklists: ChecklistsResponse;
  now: string;
}

/**
 * Builds a new investigation in progress with one untouched step per checklist item, so
 * the record lists the steps of the guide it started from (`guide_hash`).
 */
export function buildNewInvestigation(input: NewInvestigationInput): InvestigationDocument {
  return {
    id: toInvestigationId(input.spaceId, input.alertId),
    space_id: input.spaceId,
    alert_id: input.alertId,
    rule_id: input.ruleId,
    rule_name: input.ruleName,
    host_name: input.hostName,
    user_name: input.userName,
    alert_timestamp: input.alertTimestamp,
    status: 'in_progress',
    analyst: input.analyst,
    assignee: input.assignee,
    verdict: null,
    false_positive_category: null,
    closing_reason: null,
    steps: buildEmptySteps(input.checklists),
    review_comments: [],
    guide_hash: input.checklists.guide_hash,
    created_at: input.now,
    updated_at: input.now,
    submitted_at: null,
    reviewed_at: null,
    reviewed_by: null,
  };
}
