import type { z } from 'zod';

import { exceptionFieldsSchema, type ExceptionFields } from '../../common/api/exceptions';
import { exceptionEntriesSchema, type ExceptionEntry } from '../../common/exceptions/entries';
import type { SupportedRuleId } from './alerts_page_query';
import type { EntryDraft, ExceptionDraft } from './exception_draft';
import { toEntryInput, toFieldsInput } from './exception_draft';

/** Messages of one entry row, by the part of the row they concern. */
export interface EntryErrors {
  field?: string;
  type?: string;
  operator?: string;
  /** Every problem with the value or values. A `match_any` message names the value. */
  value?: string[];
}

export interface ExceptionDraftErrors {
  name?: string;
  reason?: string;
  category?: string;
  rule_ids?: string;
  expire_time?: string;
  /** A problem with the list of entries as a whole, such as too many entries. */
  entries?: string;
  /** Problems of single entries, by `EntryDraft.key`. */
  entry: Record<string, EntryErrors>;
}

export interface ExceptionDraftCheck {
  /** The fields to send, or null while any error remains. */
  fields: ExceptionFields | null;
  errors: ExceptionDraftErrors;
  /** The rules and entries when they alone are valid, which is all a preview needs. */
  preview: { rule_ids: SupportedRuleId[]; entries: ExceptionEntry[] } | null;
}

type TopLevelField = Exclude<keyof ExceptionDraftErrors, 'entry' | 'entries'>;
const TOP_LEVEL_FIELDS: readonly TopLevelField[] = [
  'name',
  'reason',
  'category',
  'rule_ids',
  'expire_time',
];

const addEntryIssue = (
  errors: ExceptionDraftErrors,
  entry: EntryDraft,
  path: PropertyKey[],
  message: string
): void => {
  const current = errors.entry[entry.key] ?? {};
  const [part, valueIndex] = path;

  if (part === 'value') {
    const value = typeof valueIndex === 'number' ? entry.values[valueIndex] : undefined;
    const quoted = `"${value}"`;
    // A message that already names the value, such as a repeated value, is shown as it is.
    const text = value === undefined || message.includes(quoted) ? message : `${quoted} ${message}`;
    current.value = [...(current.value ?? []), text];
  } else if (part === 'field' || part === 'type' || part === 'operator') {
    current[part] = current[part] ?? message;
  } else {
    current.value = [...(current.value ?? []), message];
  }

  errors.entry[entry.key] = current;
};

const addIssue = (errors: ExceptionDraftErrors, draft: ExceptionDraft, issue: z.core.$ZodIssue) => {
  const [first, entryIndex, ...rest] = issue.path;

  if (first === 'entries' && typeof entryIndex === 'number') {
    const entry = draft.entries[entryIndex];

    if (entry) {
      addEntryIssue(errors, entry, rest, issue.message);
    }
    return;
  }

  if (first === 'entries') {
    errors.entries = errors.entries ?? issue.message;
    return;
  }

  const field = TOP_LEVEL_FIELDS.find((name) => name === first);

  if (field) {
    errors[field] = errors[field] ?? issue.message;
  }
};

/**
 * Checks the draft with the schema the server applies to `ExceptionFields`, and adds what the
 * server checks only on write: the expiry must lie after `now`.
 */
export const validateExceptionDraft = (
  draft: ExceptionDraft,
  now: Date = new Date()
): ExceptionDraftCheck => {
  const errors: ExceptionDraftErrors = { entry: {} };
  const result = exceptionFieldsSchema.safeParse(toFieldsInput(draft));

  if (!result.success) {
    result.error.issues.forEach((issue) => addIssue(errors, draft, issue));
  }

  // The schema's enum message lists the raw values, but the form offers labelled choices.
  if (draft.category === '') {
    errors.category = 'must be chosen';
  }

  if (draft.expire_time !== null && Date.parse(draft.expire_time) <= now.valueOf()) {
    errors.expire_time = errors.expire_time ?? 'must lie in the future';
  }

  const entries = exceptionEntriesSchema.safeParse(draft.entries.map(toEntryInput));
  const preview =
    entries.success && errors.rule_ids === undefined
      ? { rule_ids: draft.rule_ids, entries: entries.data }
      : null;
  const hasErrors =
    preview === null || TOP_LEVEL_FIELDS.some((field) => errors[field] !== undefined);

  return {
    fields: result.success && !hasErrors ? result.data : null,
    errors,
    preview,
  };
};
