import type { ExceptionListItemSync, ExceptionRecord } from '../../../common/api/exceptions';

/**
 * Keeps the rule exception lists of the host in step with the plugin's exceptions. Inside
 * Kibana with the lists plugin, each active exception becomes items of its rules' default
 * exception lists, so the rules stop alerting. Standalone has no list to write, so marking
 * the alerts is the only effect.
 */
export interface ExceptionListSync {
  /** Whether writes reach a rule exception list at all. */
  readonly enabled: boolean;
  /**
   * Writes or updates the items of an active exception, and removes the items of rules it
   * no longer names. `previous` is the record before the change, or null when it is new.
   * Returns the state of each item; a failed item does not throw.
   */
  write(exception: ExceptionRecord, previous: ExceptionRecord | null): Promise<ExceptionListItemSync[]>;
  /** Removes every item written for the exception, when it is deleted or rejected. */
  remove(exception: ExceptionRecord): Promise<void>;
}

/** The standalone host's sync: no rule list exists, so nothing is written. */
export const NO_EXCEPTION_LIST_SYNC: ExceptionListSync = {
  enabled: false,
  write: async () => [],
  remove: async () => undefined,
};
