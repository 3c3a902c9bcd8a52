import { EuiComboBox, EuiFieldText, EuiText } from '@elastic/eui';

import type { EntryDraft } from '../../lib/exception_draft';
import * as i18n from './translations';

export interface EntryValueInputProps {
  entry: EntryDraft;
  /** 0-based position of the row. */
  index: number;
  isInvalid: boolean;
  disabled: boolean;
  onChange: (entry: EntryDraft) => void;
}

/** Renders the value input that fits the entry's type: text, a list of values or none. */
export const EntryValueInput = ({
  entry,
  index,
  isInvalid,
  disabled,
  onChange,
}: EntryValueInputProps) => {
  if (entry.type === 'exists') {
    return (
      <EuiText size="xs" color="subdued">
        <p>{i18n.NO_VALUE}</p>
      </EuiText>
    );
  }

  if (entry.type === 'match_any') {
    const addValue = (value: string) => {
      const trimmed = value.trim();

      if (trimmed && !entry.values.includes(trimmed)) {
        onChange({ ...entry, values: [...entry.values, trimmed] });
      }
    };

    return (
      <EuiComboBox
        noSuggestions
        fullWidth
        compressed
        isDisabled={disabled}
        isInvalid={isInvalid}
        placeholder={i18n.VALUES_PLACEHOLDER}
        aria-label={i18n.VALUE_LABEL}
        selectedOptions={entry.values.map((value) => ({ label: value }))}
        onCreateOption={addValue}
        onChange={(options) => onChange({ ...entry, values: options.map(({ label }) => label) })}
        data-test-subj={`simpleHttpInvestigationEntryValues-${index}`}
      />
    );
  }

  return (
    <EuiFieldText
      fullWidth
      compressed
      disabled={disabled}
      isInvalid={isInvalid}
      aria-label={i18n.VALUE_LABEL}
      value={entry.value}
      onChange={(event) => onChange({ ...entry, value: event.target.value })}
      data-test-subj={`simpleHttpInvestigationEntryValue-${index}`}
    />
  );
};
