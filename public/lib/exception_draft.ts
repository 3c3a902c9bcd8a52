import type { ExceptionCategory, ExceptionFields } from '../../common/api/exceptions';
import type { EntryOperator, EntryType, ExceptionField } from '../../common/exceptions/entries';
import { SUPPORTED_RULE_ID_OPTIONS, type SupportedRuleId } from './alerts_page_query';

/**
 * One row of the entry builder. It keeps the single value and the list of values apart, so
 * switching the type back and forth loses nothing the user typed.
 */
export interface EntryDraft {
  /** Stable React key of the row, which is never sent to the API. */
  key: string;
  field: ExceptionField;
  type: EntryType;
  operator: EntryOperator;
  /** The value of a `match` or `wildcard` entry. */
  value: string;
  /** The values of a `match_any` entry. */
  values: string[];
}

/** The exception form's state, which may be incomplete or invalid while the user edits it. */
export interface ExceptionDraft {
  name: string;
  reason: string;
  category: ExceptionCategory | '';
  rule_ids: SupportedRuleId[];
  entries: EntryDraft[];
  /** ISO 8601, or null for an exception that never expires. */
  expire_time: string | null;
}

let nextEntryKey = 0;

/** Returns an empty entry row: the process name is the field most exceptions start from. */
export const createEntryDraft = (overrides: Partial<Omit<EntryDraft, 'key'>> = {}): EntryDraft => {
  nextEntryKey += 1;

  return {
    key: `entry-${nextEntryKey}`,
    field: 'process.name',
    type: 'match',
    operator: 'included',
    value: '',
    values: [],
    ...overrides,
  };
};

const toEntryDraft = (entry: ExceptionFields['entries'][number]): EntryDraft => {
  if (entry.type === 'exists') {
    return createEntryDraft({ field: entry.field, type: entry.type, operator: entry.operator });
  }

  if (entry.type === 'match_any') {
    return createEntryDraft({ ...entry, value: '', values: [...entry.value] });
  }

  return createEntryDraft({ ...entry, values: [] });
};

const isSupportedRuleId = (ruleId: string): ruleId is SupportedRuleId =>
  SUPPORTED_RULE_ID_OPTIONS.some((supported) => supported === ruleId);

/** Fields to start a form from: a stored record's (rule ids as plain strings) or a draft's. */
export type ExceptionDraftSource = Partial<Omit<ExceptionFields, 'rule_ids'>> & {
  rule_ids?: readonly string[];
};

/** Builds the form state from stored or proposed fields. An empty form has one blank entry. */
export const toExceptionDraft = (fields: ExceptionDraftSource = {}): ExceptionDraft => ({
  name: fields.name ?? '',
  reason: fields.reason ?? '',
  category: fields.category ?? '',
  rule_ids: fields.rule_ids
    ? fields.rule_ids.filter(isSupportedRuleId)
    : [...SUPPORTED_RULE_ID_OPTIONS],
  entries:
    fields.entries && fields.entries.length > 0
      ? fields.entries.map(toEntryDraft)
      : [createEntryDraft()],
  expire_time: fields.expire_time ?? null,
});

/** Returns the entry as the API takes it, without checking its value. */
export const toEntryInput = (entry: EntryDraft): Record<string, unknown> => {
  const { field, type, operator } = entry;

  if (type === 'exists') {
    return { field, type, operator };
  }

  return { field, type, operator, value: type === 'match_any' ? entry.values : entry.value };
};

/** Returns the draft in the shape of `ExceptionFields`, to be checked by the shared schema. */
export const toFieldsInput = (draft: ExceptionDraft): Record<string, unknown> => ({
  name: draft.name,
  reason: draft.reason,
  category: draft.category === '' ? undefined : draft.category,
  rule_ids: draft.rule_ids,
  entries: draft.entries.map(toEntryInput),
  expire_time: draft.expire_time,
});

/**
 * Returns true when both drafts would send the same fields. Row keys do not count, so a
 * removed and re-added identical entry is no change.
 */
export const isSameDraft = (left: ExceptionDraft, right: ExceptionDraft): boolean =>
  JSON.stringify(toFieldsInput(left)) === JSON.stringify(toFieldsInput(right));
