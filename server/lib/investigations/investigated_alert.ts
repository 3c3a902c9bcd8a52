import type { ChecklistsResponse } from '../../../common/api/checklists';
import { ALERT_FIELDS, ECS_FIELDS } from '../../../common/ecs_fields';
import { getString } from '../../../common/get_field';
import { buildChecklists } from '../../../common/guide/build_checklists';
import type { AlertWorkflowState } from '../../../common/investigations/alert_workflow';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import { fetchAlert } from '../evidence/fetch_alert';
import { readRuleSummary } from '../evidence/parse_alerts';

/** The alert fields the investigation routes use: identity, checklists and workflow status. */
export interface InvestigatedAlert {
  id: string;
  ruleId: string;
  ruleName: string;
  hostName: string | null;
  userName: string | null;
  timestamp: string;
  /** `kibana.alert.group.id` of a sequence alert, shared by its building blocks. */
  groupId: string | null;
  /** True for a building block, which is investigated through its shell alert. */
  buildingBlock: boolean;
  workflow: AlertWorkflowState;
  checklists: ChecklistsResponse;
}

/** Reads an alert of the supported rules in the space, or returns null when there is none. */
export async function readInvestigatedAlert(
  client: ElasticsearchClient,
  spaceId: string,
  alertId: string
): Promise<InvestigatedAlert | null> {
  const alert = await fetchAlert(client, spaceId, alertId);
  if (alert === null) {
    return null;
  }
  const source = alert.source;
  const rule = readRuleSummary(source);
  return {
    id: alert.id,
    ruleId: rule.rule_id,
    ruleName: rule.name,
    hostName: getString(source, ECS_FIELDS.hostName),
    userName: getString(source, ECS_FIELDS.userName),
    timestamp: getString(source, ECS_FIELDS.timestamp) ?? '',
    groupId: getString(source, ALERT_FIELDS.groupId),
    buildingBlock: getString(source, ALERT_FIELDS.buildingBlockType) !== null,
    workflow: {
      status: getString(source, ALERT_FIELDS.workflowStatus) ?? 'open',
      reason: getString(source, ALERT_FIELDS.workflowReason),
    },
    checklists: buildChecklists({
      alertId: alert.id,
      ruleId: rule.rule_id,
      ruleName: rule.name,
      ruleVersion: rule.version,
      note: getString(source, ALERT_FIELDS.ruleNote) ?? '',
    }),
  };
}
