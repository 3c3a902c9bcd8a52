import type { estypes } from '@elastic/elasticsearch';

import { alertsIndexForSpace } from '../../../common/constants';
import { ALERT_FIELDS } from '../../../common/ecs_fields';
import type { AlertWorkflowChange } from '../../../common/investigations/alert_workflow';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import type { Logger } from '../../kibana_contracts';
import { buildSupportedAlertsFilter } from '../alerts/build_list_alerts_query';

/**
 * Sets the workflow fields the Security app writes. Alerts keep `kibana.alert.*` as
 * dotted top-level keys, so the script writes those keys. A null reason removes the field.
 */
export const WORKFLOW_SCRIPT = [
  "ctx._source['kibana.alert.workflow_status'] = params.status;",
  "ctx._source['kibana.alert.workflow_user'] = params.user;",
  "ctx._source['kibana.alert.workflow_status_updated_at'] = params.updated_at;",
  'if (params.reason == null) {',
  "  ctx._source.remove('kibana.alert.workflow_reason');",
  '} else {',
  "  ctx._source['kibana.alert.workflow_reason'] = params.reason;",
  '}',
].join('\n');

/** Attempts when a concurrent write to the same alerts makes `_update_by_query` skip some. */
const MAX_ATTEMPTS = 3;

export interface AlertWorkflowUpdate {
  spaceId: string;
  alertId: string;
  groupId: string | null;
  change: AlertWorkflowChange;
  /**
   * NOTE: the Security app stores the user profile uid here; this plugin stores the user
   * name because the standalone host has no user profiles.
   */
  user: string;
  now: string;
}

/** Builds the `_update_by_query` request for the alert and, by group id, its building blocks. */
export function buildAlertWorkflowUpdate(
  update: AlertWorkflowUpdate
): estypes.UpdateByQueryRequest {
  const targets: estypes.QueryDslQueryContainer[] = [{ ids: { values: [update.alertId] } }];
  if (update.groupId !== null) {
    targets.push({ term: { [ALERT_FIELDS.groupId]: update.groupId } });
  }
  return {
    index: alertsIndexForSpace(update.spaceId),
    refresh: true,
    conflicts: 'proceed',
    query: {
      bool: {
        filter: [...buildSupportedAlertsFilter(update.spaceId)],
        should: targets,
        minimum_should_match: 1,
      },
    },
    script: {
      lang: 'painless',
      source: WORKFLOW_SCRIPT,
      params: {
        status: update.change.status,
        reason: update.change.reason,
        user: update.user,
        updated_at: update.now,
      },
    },
  };
}

/**
 * Writes the workflow status on the alert and its building blocks and returns how many
 * documents the last attempt updated. When another write changed some of them meanwhile,
 * the whole update runs again, which is safe because it sets fixed values.
 */
export async function updateAlertWorkflow(
  client: ElasticsearchClient,
  update: AlertWorkflowUpdate,
  logger: Logger
): Promise<number> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const response = await client.updateByQuery(buildAlertWorkflowUpdate(update));
    if ((response.failures ?? []).length > 0) {
      throw new Error(
        `Failed to set the workflow status of alert [${update.alertId}]: ${JSON.stringify(response.failures)}`
      );
    }
    if ((response.version_conflicts ?? 0) === 0) {
      return response.updated ?? 0;
    }
    logger.warn(
      `Retrying the workflow status of alert [${update.alertId}] after ${response.version_conflicts} version conflicts (attempt ${attempt} of ${MAX_ATTEMPTS})`
    );
  }
  throw new Error(
    `Failed to set the workflow status of alert [${update.alertId}] after ${MAX_ATTEMPTS} attempts because other writes kept changing it`
  );
}
