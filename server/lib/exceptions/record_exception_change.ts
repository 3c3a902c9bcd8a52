import type { ExceptionDocument } from '../../../common/api/exceptions';
import type { AuditAction } from '../../../common/api/investigations';
import { writeAuditRecords } from '../audit/audit_store';
import { buildAuditRecord } from '../audit/build_audit_record';
import { diffExceptions } from './diff_exceptions';
import type { ExceptionServices } from './exception_services';

/**
 * Appends the audit record of an exception change, listing the fields that differ. The
 * record's `alert_id` is the alert a proposal came from, or null for an admin's exception.
 */
export async function recordExceptionChange(
  services: ExceptionServices,
  action: AuditAction,
  before: ExceptionDocument | null,
  after: ExceptionDocument | null
): Promise<void> {
  const exception = after ?? before;
  if (exception === null) {
    throw new Error(`An audit record of [${action}] needs the exception before or after`);
  }
  await writeAuditRecords(services.internalClient, [
    buildAuditRecord({
      timestamp: after?.updated_at ?? services.now(),
      spaceId: services.spaceId,
      user: services.user,
      action,
      objectType: 'exception',
      objectId: exception.id,
      alertId: exception.proposal?.alert_id ?? null,
      changes: diffExceptions(before, after),
    }),
  ]);
}
