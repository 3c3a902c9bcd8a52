import type { ExceptionEntry } from '../../../common/exceptions/entries';
import { matchesEntries } from '../../../common/exceptions/match_exception';

/** The parts of an exception that a match reads: its id, rules and entries. */
export interface MatchableException {
  id: string;
  rule_ids: readonly string[];
  entries: readonly ExceptionEntry[];
}

/** One alert to match: its rule and its documents. */
export interface AlertDocuments {
  ruleId: string | null;
  /**
   * The shell alert with its building blocks, or a single-event alert alone. A shell keeps
   * only the fields its events share, so most event fields come from the building blocks.
   */
  documents: readonly unknown[];
}

/**
 * Returns the exceptions that apply to an alert: the alert's rule is one of the exception's
 * rules, and the alert's documents together satisfy every entry (`matchesEntries`). Every
 * caller decides through this function, so the list, the filter, the preview and the
 * per-alert route agree.
 */
export function findMatchingExceptions<Exception extends MatchableException>(
  alert: AlertDocuments,
  exceptions: readonly Exception[]
): Exception[] {
  const { ruleId } = alert;
  if (ruleId === null) {
    return [];
  }
  return exceptions.filter(
    (exception) =>
      exception.rule_ids.includes(ruleId) && matchesEntries(alert.documents, exception.entries)
  );
}
