import type { ExceptionDocument, ExceptionRecord } from '../../../common/api/exceptions';
import { decodeVersion, type SequenceNumbers } from '../../../common/investigations/version';
import { NotFoundError } from '../investigations/errors';
import { ExceptionConflictError, InvalidExceptionChangeError } from './errors';
import type { ExceptionServices } from './exception_services';
import { readException, saveException } from './exception_store';

/** Reads an exception of the request's space, or fails with 404. */
export async function requireException(
  services: ExceptionServices,
  id: string
): Promise<ExceptionRecord> {
  const exception = await readException(
    services.internalClient,
    services.spaceId,
    id,
    new Date(services.now())
  );
  if (exception === null) {
    throw new NotFoundError(`Exception [${id}] was not found in space [${services.spaceId}]`);
  }
  return exception;
}

/**
 * Checks that `version` is the exception's current version and returns its sequence
 * numbers for the conditional write. A stale version fails with 409 and the current record.
 */
export function requireCurrentVersion(current: ExceptionRecord, version: string): SequenceNumbers {
  const expected = decodeVersion(version);
  if (expected === null) {
    throw new InvalidExceptionChangeError(
      `[version] [${version}] is not a version this server returned. Read the exception again and send its version.`
    );
  }
  if (version !== current.version) {
    throw staleVersion(current, version);
  }
  return expected;
}

/** Fails with 400 unless the expiry, when set, lies after `now` (ISO 8601). */
export function requireFutureExpireTime(expireTime: string | null, now: string): void {
  if (expireTime !== null && Date.parse(expireTime) <= Date.parse(now)) {
    throw new InvalidExceptionChangeError(
      `[expire_time]: must be in the future, but [${expireTime}] is not after [${now}]. Set a later time, or null for no expiry.`
    );
  }
}

/** Fails with 400 for a rejected exception, which stays as the admin left it. */
export function requireNotRejected(current: ExceptionRecord): void {
  if (current.state === 'rejected') {
    throw new InvalidExceptionChangeError(
      `Exception [${current.id}] was rejected and cannot change. Create a new exception instead.`
    );
  }
}

/** Fails with 400 unless the exception is a proposal waiting for an admin. */
export function requireProposed(current: ExceptionRecord, verb: 'accepted' | 'rejected'): void {
  if (current.state !== 'proposed') {
    throw new InvalidExceptionChangeError(
      `Exception [${current.id}] is ${current.status}, and only a proposed exception can be ${verb}.`
    );
  }
}

/**
 * Writes the exception if it is still at `expected`. When another write came first, fails
 * with 409 and the exception as it is now.
 */
export async function saveCurrentException(
  services: ExceptionServices,
  document: ExceptionDocument,
  expected: SequenceNumbers,
  version: string
): Promise<ExceptionRecord> {
  const now = new Date(services.now());
  const saved = await saveException(services.internalClient, document, expected, now);
  if (saved !== 'conflict') {
    return saved;
  }
  const latest = await requireException(services, document.id);
  throw staleVersion(latest, version);
}

export function staleVersion(current: ExceptionRecord, version: string): ExceptionConflictError {
  return new ExceptionConflictError(
    `Exception [${current.id}] has changed since version [${version}] was read. Review the current exception in attributes.current and apply the change again.`,
    current
  );
}
