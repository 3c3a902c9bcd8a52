import {
  toInvestigationId,
  type AuditAction,
  type Investigation,
} from '../../../common/api/investigations';
import {
  getAlertChangeOnStart,
  getAlertChangeOnUpdate,
} from '../../../common/investigations/alert_workflow';
import { buildNewInvestigation } from '../../../common/investigations/new_investigation';
import type {
  TransitionContext,
  TransitionResult,
} from '../../../common/investigations/transitions';
import { decodeVersion } from '../../../common/investigations/version';
import {
  InvestigationConflictError,
  InvestigationRejectedError,
  NotFoundError,
} from './errors';
import { readInvestigatedAlert, type InvestigatedAlert } from './investigated_alert';
import type { InvestigationServices } from './investigation_services';
import {
  createInvestigation,
  readInvestigation,
  saveInvestigation,
  toDocument,
} from './investigation_store';
import { changeAlertWorkflow, recordInvestigationChange } from './record_changes';

/**
 * The server side of the investigation workflow. Each change reads the investigation,
 * checks the request's version, applies a pure transition from
 * `common/investigations/transitions.ts`, writes with `if_seq_no` and `if_primary_term`,
 * appends the audit record and then updates the alert's workflow status.
 * NOTE: these writes are not one transaction. If the alert update fails after the
 * investigation was saved, the request fails with the investigation already changed, and
 * the alert keeps its old status until a later change of the investigation sets it.
 */

/** Reads the investigation of an alert in the request's space, or returns null. */
export function getInvestigation(
  services: InvestigationServices,
  alertId: string
): Promise<Investigation | null> {
  return readInvestigation(services.internalClient, toInvestigationId(services.spaceId, alertId));
}

/** Starts the investigation of an alert; a second start fails with the existing one. */
export async function startInvestigation(
  services: InvestigationServices,
  alertId: string,
  assignee: string | null
): Promise<Investigation> {
  const alert = await requireAlert(services, alertId);
  if (alert.buildingBlock) {
    throw new InvestigationRejectedError(
      `Alert [${alertId}] is a building block of a sequence alert. Start the investigation on the shell alert with kibana.alert.group.id [${alert.groupId ?? 'unknown'}].`
    );
  }
  const document = buildNewInvestigation({
    spaceId: services.spaceId,
    alertId: alert.id,
    ruleId: alert.ruleId,
    ruleName: alert.ruleName,
    hostName: alert.hostName,
    userName: alert.userName,
    alertTimestamp: alert.timestamp,
    analyst: services.user,
    assignee,
    checklists: alert.checklists,
    now: services.now(),
  });

  const created = await createInvestigation(services.internalClient, document);
  if (created === 'exists') {
    const current = await readInvestigation(services.internalClient, document.id);
    if (current === null) {
      throw new Error(`Investigation [${document.id}] exists but could not be read`);
    }
    throw new InvestigationConflictError(
      `Alert [${alertId}] already has an investigation, started by ${current.analyst} at ${current.created_at}. Open it instead of starting another.`,
      current
    );
  }

  await recordInvestigationChange(services, 'investigation_started', null, document);
  const alertChange = getAlertChangeOnStart(alert.workflow);
  if (alertChange !== null) {
    await changeAlertWorkflow(services, alert, alertChange);
  }
  return created;
}

/** A pure change of the investigation: one of the `apply*` functions of the transitions. */
export type InvestigationChange = (
  current: Investigation,
  context: TransitionContext
) => TransitionResult<Investigation>;

/**
 * Applies a change to the investigation of an alert if `version` is still current, and
 * returns the saved investigation, or the current one when nothing changed.
 */
export async function changeInvestigation(
  services: InvestigationServices,
  params: { alertId: string; version: string; action: AuditAction; apply: InvestigationChange }
): Promise<Investigation> {
  const { alertId, version, action, apply } = params;
  const id = toInvestigationId(services.spaceId, alertId);
  const current = await readInvestigation(services.internalClient, id);
  if (current === null) {
    throw new NotFoundError(
      `Alert [${alertId}] has no investigation in space [${services.spaceId}]. Start one first.`
    );
  }
  const expected = decodeVersion(version);
  if (expected === null) {
    throw new InvestigationRejectedError(
      `[version] [${version}] is not a version this server returned. Read the investigation again and send its version.`
    );
  }
  if (version !== current.version) {
    throw staleVersion(alertId, version, current);
  }

  const alert = await requireAlert(services, alertId);
  const result = apply(current, {
    user: services.user,
    now: services.now(),
    checklists: alert.checklists,
  });
  if (!result.ok) {
    throw new InvestigationRejectedError(result.message);
  }
  if (!result.changed) {
    return current;
  }

  const saved = await saveInvestigation(
    services.internalClient,
    toDocument(result.investigation),
    expected
  );
  if (saved === 'conflict') {
    const latest = await readInvestigation(services.internalClient, id);
    throw staleVersion(alertId, version, latest ?? current);
  }

  await recordInvestigationChange(services, action, current, saved);
  const alertChange = getAlertChangeOnUpdate(saved, alert.checklists, alert.workflow);
  if (alertChange !== null) {
    await changeAlertWorkflow(services, alert, alertChange);
  }
  return saved;
}

async function requireAlert(
  services: InvestigationServices,
  alertId: string
): Promise<InvestigatedAlert> {
  const alert = await readInvestigatedAlert(services.userClient, services.spaceId, alertId);
  if (alert === null) {
    throw new NotFoundError(`Alert [${alertId}] was not found in space [${services.spaceId}]`);
  }
  return alert;
}

function staleVersion(
  alertId: string,
  version: string,
  current: Investigation
): InvestigationConflictError {
  return new InvestigationConflictError(
    `Investigation of alert [${alertId}] has changed since version [${version}] was read. Review the current investigation in attributes.current and apply the change again.`,
    current
  );
}
