import type {
  AcceptExceptionBody,
  ExceptionDocument,
  ExceptionRecord,
  RejectExceptionBody,
} from '../../../common/api/exceptions';
import {
  requireCurrentVersion,
  requireException,
  requireFutureExpireTime,
  requireProposed,
  saveCurrentException,
} from './exception_checks';
import type { ExceptionServices } from './exception_services';
import { toExceptionDocument } from './exception_store';
import { recordExceptionChange } from './record_exception_change';
import { syncListItems } from './sync_list_items';

/**
 * Accepts a proposal with the admin's edits: the fields given replace the proposal's, the
 * exception becomes active and is written to the rules' exception lists. The expiry must
 * lie in the future even when the admin keeps the proposal's, because accepting it writes
 * an active exception.
 */
export async function acceptException(
  services: ExceptionServices,
  id: string,
  body: AcceptExceptionBody
): Promise<ExceptionRecord> {
  const { version, comment, ...edits } = body;
  const current = await requireException(services, id);
  const expected = requireCurrentVersion(current, version);
  requireProposed(current, 'accepted');

  const now = services.now();
  const before = toExceptionDocument(current);
  const document: ExceptionDocument = {
    ...before,
    ...withoutUndefined(edits),
    state: 'active',
    decision: { decided_by: services.user, decided_at: now, comment: comment || null },
    updated_by: services.user,
    updated_at: now,
  };
  requireFutureExpireTime(document.expire_time, now);

  const saved = await saveCurrentException(services, document, expected, version);
  await recordExceptionChange(services, 'exception_accepted', before, document);
  return syncListItems(services, saved, null);
}

/** Rejects a proposal with the admin's comment. A rejected exception never changes again. */
export async function rejectException(
  services: ExceptionServices,
  id: string,
  body: RejectExceptionBody
): Promise<ExceptionRecord> {
  const current = await requireException(services, id);
  const expected = requireCurrentVersion(current, body.version);
  requireProposed(current, 'rejected');

  const now = services.now();
  const before = toExceptionDocument(current);
  const document: ExceptionDocument = {
    ...before,
    state: 'rejected',
    decision: { decided_by: services.user, decided_at: now, comment: body.comment },
    updated_by: services.user,
    updated_at: now,
  };

  const saved = await saveCurrentException(services, document, expected, body.version);
  await recordExceptionChange(services, 'exception_rejected', before, document);
  await services.listSync.remove(saved);
  return saved;
}

/** Drops the fields the admin left out, so they keep the proposal's values. */
function withoutUndefined<T extends object>(edits: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(edits).filter(([, value]) => value !== undefined)
  ) as Partial<T>;
}
