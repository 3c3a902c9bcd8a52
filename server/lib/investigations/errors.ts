import type { Investigation } from '../../../common/api/investigations';

/** The alert or its investigation does not exist in the request's space: 404. */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** A stale version or a second start: 409 with the current investigation. */
export class InvestigationConflictError extends Error {
  constructor(
    message: string,
    readonly current: Investigation
  ) {
    super(message);
    this.name = 'InvestigationConflictError';
  }
}

/** The investigation's state or the alert's checklists do not allow the change: 400. */
export class InvestigationRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvestigationRejectedError';
  }
}
