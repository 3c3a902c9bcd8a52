import type { ExceptionRecord } from '../../../common/api/exceptions';

/** A stale version or a second proposal from the same alert: 409 with the current exception. */
export class ExceptionConflictError extends Error {
  constructor(
    message: string,
    readonly current: ExceptionRecord
  ) {
    super(message);
    this.name = 'ExceptionConflictError';
  }
}

/** The exception's state, its expiry or the alert's investigation do not allow the change: 400. */
export class InvalidExceptionChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidExceptionChangeError';
  }
}
