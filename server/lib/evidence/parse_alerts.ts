import type { AlertDetails, RelatedAlert } from '../../../common/api/evidence';
import type { RuleSummary } from '../../../common/api/alerts';
import { ALERT_FIELDS, ECS_FIELDS } from '../../../common/ecs_fields';
import { getField, getNumber, getString } from '../../../common/get_field';
import type { AlertContext } from './alert_context';
import { toEventRef, type SourceHit } from './source_hit';

/** Reads the rule fields every alert carries. The alert stores the rule version as a string. */
export function readRuleSummary(source: unknown): RuleSummary {
  const version = getNumber(source, ALERT_FIELDS.ruleVersion);
  return {
    rule_id: getString(source, ALERT_FIELDS.ruleId) ?? '',
    uuid: getString(source, ALERT_FIELDS.ruleUuid),
    name: getString(source, ALERT_FIELDS.ruleName) ?? '',
    version,
  };
}

/**
 * Lists the MITRE ATT&CK technique and subtechnique ids of the rule (`T1505`, `T1505.003`),
 * in the rule's order without repeats.
 */
export function readThreatTechniques(source: unknown): string[] {
  const ids: string[] = [];
  for (const threat of asArray(getField(source, ALERT_FIELDS.ruleThreat))) {
    for (const technique of asArray(getField(threat, 'technique'))) {
      ids.push(getString(technique, 'id') ?? '');
      for (const subtechnique of asArray(getField(technique, 'subtechnique'))) {
        ids.push(getString(subtechnique, 'id') ?? '');
      }
    }
  }
  return [...new Set(ids.filter((id) => id !== ''))];
}

function asArray(value: unknown): unknown[] {
  if (Array.isArray(value)) {
    return value;
  }
  return value === undefined || value === null ? [] : [value];
}

/**
 * Builds the alert's details. Building block ids come from the alert's ancestors and from
 * the building blocks the group search found.
 */
export function parseAlertDetails(
  context: AlertContext,
  buildingBlocks: SourceHit[]
): AlertDetails {
  const source = context.alert.source;
  const buildingBlockIds = [
    ...context.buildingBlockRefs.map((ref) => ref.id),
    ...buildingBlocks.map((block) => block.id),
  ];
  return {
    id: context.alert.id,
    index: context.alert.index,
    timestamp: getString(source, ECS_FIELDS.timestamp) ?? context.originalTime,
    original_time: getString(source, ALERT_FIELDS.originalTime),
    rule: readRuleSummary(source),
    severity: getString(source, ALERT_FIELDS.severity),
    risk_score: getNumber(source, ALERT_FIELDS.riskScore),
    reason: getString(source, ALERT_FIELDS.reason),
    workflow_status: getString(source, ALERT_FIELDS.workflowStatus) ?? 'open',
    workflow_reason: getString(source, ALERT_FIELDS.workflowReason),
    workflow_user: getString(source, ALERT_FIELDS.workflowUser),
    host_name: context.hostName,
    host_id: getString(source, ECS_FIELDS.hostId),
    user_name: context.userName,
    process_entity_id: context.entityId,
    building_block_ids: [...new Set(buildingBlockIds)].filter((id) => id !== context.alert.id),
    ancestor_event_ids: context.eventRefs,
    threat_techniques: readThreatTechniques(source),
  };
}

/** Parses the other alerts on the same host or by the same user, newest first as searched. */
export function parseRelatedAlerts(hits: SourceHit[], context: AlertContext): RelatedAlert[] {
  const related: RelatedAlert[] = [];
  for (const hit of hits) {
    const source = hit.source;
    const timestamp = getString(source, ECS_FIELDS.timestamp);
    if (hit.id === context.alert.id || timestamp === null) {
      continue;
    }
    const rule = readRuleSummary(source);
    const hostName = getString(source, ECS_FIELDS.hostName);
    const userName = getString(source, ECS_FIELDS.userName);
    related.push({
      ...toEventRef(hit),
      timestamp,
      rule_name: rule.name,
      rule_id: rule.rule_id,
      severity: getString(source, ALERT_FIELDS.severity),
      risk_score: getNumber(source, ALERT_FIELDS.riskScore),
      host_name: hostName,
      user_name: userName,
      reason: getString(source, ALERT_FIELDS.reason),
      same_host: hostName !== null && hostName === context.hostName,
      same_user: userName !== null && userName === context.userName,
      workflow_status: getString(source, ALERT_FIELDS.workflowStatus) ?? 'open',
    });
  }
  return related;
}
