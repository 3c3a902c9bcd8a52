import { randomUUID } from 'node:crypto';

import type {
  ExceptionDocument,
  ExceptionFields,
  ExceptionRecord,
} from '../../../common/api/exceptions';
import {
  requireCurrentVersion,
  requireException,
  requireFutureExpireTime,
  requireNotRejected,
  saveCurrentException,
  staleVersion,
} from './exception_checks';
import type { ExceptionServices } from './exception_services';
import {
  deleteExceptionDocument,
  insertException,
  toExceptionDocument,
} from './exception_store';
import { recordExceptionChange } from './record_exception_change';
import { syncListItems } from './sync_list_items';

/**
 * The admin's side of the exceptions: create, replace and delete. Each change checks the
 * request's version, writes with `if_seq_no` and `if_primary_term`, appends one audit
 * record and then updates the rules' exception lists through the list sync.
 */

/** Builds a new exception document of the request's space and user, created at `now`. */
export function buildExceptionDocument(
  services: ExceptionServices,
  fields: ExceptionFields,
  extra: Pick<ExceptionDocument, 'state' | 'proposal'>,
  now: string
): ExceptionDocument {
  return {
    id: randomUUID(),
    space_id: services.spaceId,
    ...fields,
    ...extra,
    created_by: services.user,
    created_at: now,
    updated_by: services.user,
    updated_at: now,
    decision: null,
    list_items: [],
  };
}

/** Creates an active exception and writes it to the rules' exception lists. */
export async function createException(
  services: ExceptionServices,
  fields: ExceptionFields
): Promise<ExceptionRecord> {
  const now = services.now();
  requireFutureExpireTime(fields.expire_time, now);
  const extra = { state: 'active', proposal: null } as const;
  const document = buildExceptionDocument(services, fields, extra, now);
  const created = await insertException(services.internalClient, document, new Date(now));
  await recordExceptionChange(services, 'exception_created', null, document);
  return syncListItems(services, created, null);
}

/**
 * Replaces the edited fields of an exception if `version` is still current, and returns
 * the saved record, or the current one when nothing changed. The expiry is checked only
 * when it changes, so an expired exception can still be renamed or explained.
 */
export async function updateException(
  services: ExceptionServices,
  id: string,
  version: string,
  fields: ExceptionFields
): Promise<ExceptionRecord> {
  const current = await requireException(services, id);
  const expected = requireCurrentVersion(current, version);
  requireNotRejected(current);
  if (fields.expire_time !== current.expire_time) {
    requireFutureExpireTime(fields.expire_time, services.now());
  }

  const before = toExceptionDocument(current);
  const changed = { ...before, ...fields };
  if (JSON.stringify(changed) === JSON.stringify(before)) {
    return current;
  }
  const document = { ...changed, updated_by: services.user, updated_at: services.now() };
  const saved = await saveCurrentException(services, document, expected, version);
  await recordExceptionChange(services, 'exception_updated', before, document);
  return saved.state === 'active' ? syncListItems(services, saved, current) : saved;
}

/**
 * Deletes an exception and removes its items from the rules' exception lists. Without a
 * `version` the delete applies to the exception as read here. Returns the deleted record.
 */
export async function deleteException(
  services: ExceptionServices,
  id: string,
  version: string | undefined
): Promise<ExceptionRecord> {
  const current = await requireException(services, id);
  const readVersion = version ?? current.version;
  const expected = requireCurrentVersion(current, readVersion);

  const result = await deleteExceptionDocument(services.internalClient, current, expected);
  if (result !== 'deleted') {
    const latest = await requireException(services, id);
    throw staleVersion(latest, readVersion);
  }
  await recordExceptionChange(services, 'exception_deleted', toExceptionDocument(current), null);
  await services.listSync.remove(current);
  return current;
}
