import type { ChecklistsResponse } from '../../../common/api/checklists';
import { ALERT_FIELDS } from '../../../common/ecs_fields';
import { getString } from '../../../common/get_field';
import { buildChecklists } from '../../../common/guide/build_checklists';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import { fetchAlert } from '../evidence/fetch_alert';
import { readRuleSummary } from '../evidence/parse_alerts';

/** Parses the checklists from the guide of the alert's rule, or returns null for an unknown alert. */
export async function getAlertChecklists(params: {
  esClient: ElasticsearchClient;
  spaceId: string;
  alertId: string;
}): Promise<ChecklistsResponse | null> {
  const alert = await fetchAlert(params.esClient, params.spaceId, params.alertId);
  if (alert === null) {
    return null;
  }

  const rule = readRuleSummary(alert.source);
  return buildChecklists({
    alertId: alert.id,
    ruleId: rule.rule_id,
    ruleName: rule.name,
    ruleVersion: rule.version,
    note: getString(alert.source, ALERT_FIELDS.ruleNote) ?? '',
  });
}
