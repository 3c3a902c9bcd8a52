import moment from 'moment';
import { EuiDatePicker, EuiFieldText, EuiFormRow, EuiSelect, EuiTextArea } from '@elastic/eui';

import { pickOneOf } from '../../lib/alerts_page_query';
import type { ExceptionDraft } from '../../lib/exception_draft';
import { EXPIRY_INPUT_FORMAT, formatUtcOffset } from '../../lib/format_timestamp';
import { FALSE_POSITIVE_CATEGORY_OPTIONS } from '../../lib/investigation_values';
import type { ExceptionDraftErrors } from '../../lib/validate_exception_draft';
import { FALSE_POSITIVE_CATEGORY_LABELS } from '../badges/translations';
import { EntryBuilder } from '../entry_builder/entry_builder';
import { RulesField } from './rules_field';
import * as i18n from './translations';

const CATEGORY_SELECT_OPTIONS = [
  { value: '', text: i18n.CATEGORY_PLACEHOLDER },
  ...FALSE_POSITIVE_CATEGORY_OPTIONS.map((category) => ({
    value: category,
    text: FALSE_POSITIVE_CATEGORY_LABELS[category],
  })),
];

export interface ExceptionFormProps {
  draft: ExceptionDraft;
  /** The problems the user should see now: of touched fields, or all after a submit attempt. */
  errors: ExceptionDraftErrors;
  disabled: boolean;
  onChange: (changes: Partial<ExceptionDraft>) => void;
  /** Marks a field, or an entry by its key, as edited so its problems show. */
  onTouch: (name: string) => void;
}

/** Returns the field's problem as a list for `EuiFormRow`, led by the field's label. */
const withLabel = (label: string, message: string | undefined): string[] =>
  message ? [i18n.fieldError(label, message)] : [];

/** Renders the fields of an exception: name, reason, category, rules, entries and expiry. */
export const ExceptionForm = ({
  draft,
  errors,
  disabled,
  onChange,
  onTouch,
}: ExceptionFormProps) => {
  const nameErrors = withLabel(i18n.NAME_LABEL, errors.name);
  const reasonErrors = withLabel(i18n.REASON_LABEL, errors.reason);
  const categoryErrors = withLabel(i18n.CATEGORY_LABEL, errors.category);
  const rulesErrors = withLabel(i18n.RULES_LABEL, errors.rule_ids);
  const expiryErrors = withLabel(i18n.EXPIRY_LABEL, errors.expire_time);

  const changeEntries = (entries: ExceptionDraft['entries']) => {
    // A new row shows its problems only once the user edits it.
    entries
      .filter((entry) => {
        const previous = draft.entries.find(({ key }) => key === entry.key);
        return previous !== undefined && previous !== entry;
      })
      .forEach((entry) => onTouch(entry.key));
    onChange({ entries });
  };

  return (
    <>
      <EuiFormRow
        label={i18n.NAME_LABEL}
        isInvalid={nameErrors.length > 0}
        error={nameErrors}
        fullWidth
      >
        <EuiFieldText
          fullWidth
          disabled={disabled}
          value={draft.name}
          isInvalid={nameErrors.length > 0}
          onChange={(event) => onChange({ name: event.target.value })}
          onBlur={() => onTouch('name')}
          data-test-subj="simpleHttpInvestigationExceptionName"
        />
      </EuiFormRow>
      <EuiFormRow
        label={i18n.REASON_LABEL}
        helpText={i18n.REASON_HELP}
        isInvalid={reasonErrors.length > 0}
        error={reasonErrors}
        fullWidth
      >
        <EuiTextArea
          fullWidth
          rows={3}
          disabled={disabled}
          value={draft.reason}
          isInvalid={reasonErrors.length > 0}
          onChange={(event) => onChange({ reason: event.target.value })}
          onBlur={() => onTouch('reason')}
          data-test-subj="simpleHttpInvestigationExceptionReason"
        />
      </EuiFormRow>
      <EuiFormRow
        label={i18n.CATEGORY_LABEL}
        isInvalid={categoryErrors.length > 0}
        error={categoryErrors}
        fullWidth
      >
        <EuiSelect
          fullWidth
          disabled={disabled}
          options={CATEGORY_SELECT_OPTIONS}
          value={draft.category}
          isInvalid={categoryErrors.length > 0}
          onChange={(event) => {
            onChange({
              category: pickOneOf(FALSE_POSITIVE_CATEGORY_OPTIONS, event.target.value) ?? '',
            });
            onTouch('category');
          }}
          onBlur={() => onTouch('category')}
          data-test-subj="simpleHttpInvestigationExceptionCategory"
        />
      </EuiFormRow>
      <EuiFormRow
        label={i18n.RULES_LABEL}
        isInvalid={rulesErrors.length > 0}
        error={rulesErrors}
        fullWidth
      >
        <RulesField
          selected={draft.rule_ids}
          disabled={disabled}
          onChange={(ruleIds) => {
            onChange({ rule_ids: ruleIds });
            onTouch('rule_ids');
          }}
        />
      </EuiFormRow>
      <EuiFormRow label={i18n.ENTRIES_LABEL} fullWidth>
        <EntryBuilder
          entries={draft.entries}
          errors={errors.entry}
          listError={errors.entries}
          disabled={disabled}
          onChange={changeEntries}
        />
      </EuiFormRow>
      <EuiFormRow
        label={i18n.EXPIRY_LABEL}
        helpText={i18n.expiryHelp(formatUtcOffset(moment()))}
        isInvalid={expiryErrors.length > 0}
        error={expiryErrors}
      >
        {/* No `minDate`: the picker would drop a typed past date and leave the field empty,
            which saves an exception that never expires. The check names the past date. */}
        <EuiDatePicker
          showTimeSelect
          timeFormat="HH:mm"
          dateFormat={EXPIRY_INPUT_FORMAT}
          disabled={disabled}
          selected={draft.expire_time ? moment(draft.expire_time) : null}
          placeholder={i18n.EXPIRY_PLACEHOLDER}
          isInvalid={expiryErrors.length > 0}
          onChange={(date) => {
            onChange({ expire_time: date ? date.toISOString() : null });
            onTouch('expire_time');
          }}
          onClear={() => {
            onChange({ expire_time: null });
            onTouch('expire_time');
          }}
          data-test-subj="simpleHttpInvestigationExceptionExpiry"
        />
      </EuiFormRow>
    </>
  );
};
