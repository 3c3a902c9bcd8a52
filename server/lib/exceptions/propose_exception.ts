import type { ExceptionFields, ExceptionRecord } from '../../../common/api/exceptions';
import { toInvestigationId, type Verdict } from '../../../common/api/investigations';
import { ALERT_FIELDS } from '../../../common/ecs_fields';
import { getString } from '../../../common/get_field';
import { matchesEntries } from '../../../common/exceptions/match_exception';
import { fetchAlert } from '../evidence/fetch_alert';
import { NotFoundError } from '../investigations/errors';
import { readInvestigation } from '../investigations/investigation_store';
import { ExceptionConflictError, InvalidExceptionChangeError } from './errors';
import { requireFutureExpireTime } from './exception_checks';
import type { ExceptionServices } from './exception_services';
import { insertException } from './exception_store';
import { buildExceptionDocument } from './exception_workflow';
import { readAlertDocuments } from './get_alert_exceptions';
import { findWaitingProposal } from './list_exceptions';
import { findMatchingExceptions } from './match_alert';
import { recordExceptionChange } from './record_exception_change';

/** Verdicts that find the server benign, so an exception for it may be proposed. */
const BENIGN_VERDICTS: readonly Verdict[] = ['false_positive', 'benign_true_positive'];

/**
 * Proposes an exception from an alert whose investigation found the server benign. The
 * proposal waits for an admin and matches no alert until it is accepted. An alert has at
 * most one waiting proposal, so a second one fails with 409 and the waiting proposal.
 * NOTE: the check for a waiting proposal and the write are two requests, so two proposals
 * sent at the same moment can both be saved.
 */
export async function proposeException(
  services: ExceptionServices,
  alertId: string,
  fields: ExceptionFields
): Promise<ExceptionRecord> {
  const alert = await fetchAlert(services.userClient, services.spaceId, alertId);
  if (alert === null) {
    throw new NotFoundError(`Alert [${alertId}] was not found in space [${services.spaceId}]`);
  }
  const investigationId = toInvestigationId(services.spaceId, alertId);
  const investigation = await readInvestigation(services.internalClient, investigationId);
  if (investigation === null) {
    throw new InvalidExceptionChangeError(
      `Alert [${alertId}] has no investigation in space [${services.spaceId}]. Investigate it and set the verdict false_positive or benign_true_positive before proposing an exception.`
    );
  }
  if (investigation.verdict === null || !BENIGN_VERDICTS.includes(investigation.verdict)) {
    throw new InvalidExceptionChangeError(
      `The investigation of alert [${alertId}] has the verdict [${investigation.verdict ?? 'none'}]. Only an investigation with the verdict false_positive or benign_true_positive can propose an exception.`
    );
  }
  const now = services.now();
  requireFutureExpireTime(fields.expire_time, now);
  await requireMatchOfOwnAlert(services, alertId, alert.source, fields);

  const waiting = await findWaitingProposal(
    services.internalClient,
    services.spaceId,
    alertId,
    new Date(now)
  );
  if (waiting !== null) {
    throw new ExceptionConflictError(
      `Alert [${alertId}] already has proposal [${waiting.id}], made by ${waiting.created_by} at ${waiting.created_at}, waiting for an admin. Wait for the decision or ask an admin to change that proposal.`,
      waiting
    );
  }

  const proposal = {
    proposed_by: services.user,
    proposed_at: now,
    alert_id: alertId,
    investigation_id: investigationId,
  };
  const document = buildExceptionDocument(services, fields, { state: 'proposed', proposal }, now);
  const proposed = await insertException(services.internalClient, document, new Date(now));
  await recordExceptionChange(services, 'exception_proposed', null, document);
  return proposed;
}

/**
 * Rejects a proposal that would not match the alert it comes from. An entry the alert does
 * not satisfy (a missing field, a mistyped value) or rules without the alert's rule are a
 * mistake, because the analyst proposes the exception for this server. The error names each
 * failing entry.
 */
async function requireMatchOfOwnAlert(
  services: ExceptionServices,
  alertId: string,
  source: unknown,
  fields: ExceptionFields
): Promise<void> {
  const ruleId = getString(source, ALERT_FIELDS.ruleId);
  const documents = await readAlertDocuments(services.userClient, services.spaceId, source);
  const draft = { id: 'proposal', rule_ids: fields.rule_ids, entries: fields.entries };
  if (findMatchingExceptions({ ruleId, documents }, [draft]).length > 0) {
    return;
  }

  if (ruleId === null || !fields.rule_ids.some((id) => id === ruleId)) {
    throw new InvalidExceptionChangeError(
      `[rule_ids]: must include the rule [${ruleId ?? 'unknown'}] of alert [${alertId}], which the proposal comes from`
    );
  }
  const failing = fields.entries.flatMap((entry, index) =>
    matchesEntries(documents, [entry]) ? [] : [`[entries.${index}] (${entry.field})`]
  );
  throw new InvalidExceptionChangeError(
    `The proposal does not match alert [${alertId}], which it comes from: ${failing.join(', ')} ${
      failing.length === 1 ? 'does' : 'do'
    } not hold for the alert. Remove or correct ${failing.length === 1 ? 'that entry' : 'those entries'}.`
  );
}
