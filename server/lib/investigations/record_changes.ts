import type {
  AuditAction,
  AuditChange,
  InvestigationDocument,
} from '../../../common/api/investigations';
import { ALERT_FIELDS } from '../../../common/ecs_fields';
import type {
  AlertWorkflowChange,
  AlertWorkflowState,
} from '../../../common/investigations/alert_workflow';
import { diffInvestigations } from '../../../common/investigations/audit_diff';
import { writeAuditRecords } from '../audit/audit_store';
import { buildAuditRecord } from '../audit/build_audit_record';
import type { InvestigatedAlert } from './investigated_alert';
import type { InvestigationServices } from './investigation_services';
import { updateAlertWorkflow } from './update_alert_workflow';

/** Appends the audit record of an investigation change, listing the fields that differ. */
export async function recordInvestigationChange(
  services: InvestigationServices,
  action: AuditAction,
  before: InvestigationDocument | null,
  after: InvestigationDocument
): Promise<void> {
  await writeAuditRecords(services.internalClient, [
    buildAuditRecord({
      timestamp: after.updated_at,
      spaceId: services.spaceId,
      user: services.user,
      action,
      objectType: 'investigation',
      objectId: after.id,
      alertId: after.alert_id,
      changes: diffInvestigations(before, after),
    }),
  ]);
}

/**
 * Writes a new workflow status on the alert and its building blocks, then appends one
 * audit record for the alert with the status and reason before and after.
 */
export async function changeAlertWorkflow(
  services: InvestigationServices,
  alert: InvestigatedAlert,
  change: AlertWorkflowChange
): Promise<void> {
  const now = services.now();
  const updated = await updateAlertWorkflow(
    services.userClient,
    {
      spaceId: services.spaceId,
      alertId: alert.id,
      groupId: alert.groupId,
      change,
      user: services.user,
      now,
    },
    services.logger
  );
  services.logger.debug(
    `Set the workflow status of alert [${alert.id}] to ${change.status} on ${updated} documents`
  );

  const before: AlertWorkflowState = alert.workflow;
  const changes: AuditChange[] = [
    { field: ALERT_FIELDS.workflowStatus, before: before.status, after: change.status },
  ];
  if (before.reason !== change.reason) {
    changes.push({
      field: ALERT_FIELDS.workflowReason,
      before: before.reason,
      after: change.reason,
    });
  }
  await writeAuditRecords(services.internalClient, [
    buildAuditRecord({
      timestamp: now,
      spaceId: services.spaceId,
      user: services.user,
      action: 'alert_workflow_status_changed',
      objectType: 'alert',
      objectId: alert.id,
      alertId: alert.id,
      changes,
    }),
  ]);
}
