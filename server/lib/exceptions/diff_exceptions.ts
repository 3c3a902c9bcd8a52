import type { ExceptionDocument } from '../../../common/api/exceptions';
import type { AuditChange } from '../../../common/api/investigations';

/**
 * Fields an audit record compares. The ids identify the record, `updated_*` are the audit
 * record's own user and timestamp, and `list_items` is the list sync's state, which the
 * server writes rather than a user.
 */
const AUDITED_FIELDS = [
  'name',
  'reason',
  'category',
  'rule_ids',
  'entries',
  'expire_time',
  'state',
  'created_by',
  'created_at',
  'proposal',
  'decision',
] as const satisfies ReadonlyArray<keyof ExceptionDocument>;

/**
 * Lists the fields that differ between two states of an exception, with their values
 * before and after. A new exception (`before` null) lists its non-null fields, and a
 * deleted one (`after` null) lists its non-null fields with `after` null. Arrays and
 * objects are compared by value.
 */
export function diffExceptions(
  before: ExceptionDocument | null,
  after: ExceptionDocument | null
): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const field of AUDITED_FIELDS) {
    const previous = before === null ? null : before[field];
    const next = after === null ? null : after[field];
    if (JSON.stringify(previous) !== JSON.stringify(next)) {
      changes.push({ field, before: previous, after: next });
    }
  }
  return changes;
}
