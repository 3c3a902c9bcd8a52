import { EuiButtonEmpty, EuiFormErrorText, EuiSpacer, EuiText } from '@elastic/eui';

import { createEntryDraft, type EntryDraft } from '../../lib/exception_draft';
import { MAX_ENTRY_COUNT } from '../../lib/exception_values';
import type { EntryErrors } from '../../lib/validate_exception_draft';
import { EntryRow } from './entry_row';
import * as i18n from './translations';

export interface EntryBuilderProps {
  entries: EntryDraft[];
  /** Problems by `EntryDraft.key`: only those the user should see now. */
  errors: Record<string, EntryErrors>;
  /** A problem with the list as a whole, such as too many entries. */
  listError?: string;
  disabled?: boolean;
  onChange: (entries: EntryDraft[]) => void;
}

/** Edits an exception's entries, all of which must match (AND). */
export const EntryBuilder = ({
  entries,
  errors,
  listError,
  disabled = false,
  onChange,
}: EntryBuilderProps) => {
  const replace = (index: number, entry: EntryDraft) =>
    onChange(entries.map((current, position) => (position === index ? entry : current)));
  const remove = (index: number) => onChange(entries.filter((_, position) => position !== index));

  return (
    <div data-test-subj="simpleHttpInvestigationEntryBuilder">
      <EuiText size="xs" color="subdued">
        <p>{i18n.ALL_MUST_MATCH}</p>
      </EuiText>
      <EuiSpacer size="s" />
      {entries.map((entry, index) => (
        <div key={entry.key}>
          {index > 0 && <EuiSpacer size="s" />}
          <EntryRow
            entry={entry}
            index={index}
            errors={errors[entry.key]}
            canRemove={entries.length > 1}
            disabled={disabled}
            onChange={(next) => replace(index, next)}
            onRemove={() => remove(index)}
          />
        </div>
      ))}
      {listError && (
        <EuiFormErrorText data-test-subj="simpleHttpInvestigationEntriesError">
          {listError}
        </EuiFormErrorText>
      )}
      <EuiSpacer size="s" />
      <EuiButtonEmpty
        size="s"
        flush="left"
        iconType="plusInCircle"
        isDisabled={disabled || entries.length >= MAX_ENTRY_COUNT}
        onClick={() => onChange([...entries, createEntryDraft()])}
        data-test-subj="simpleHttpInvestigationEntryAddButton"
      >
        {i18n.ADD_ENTRY}
      </EuiButtonEmpty>
    </div>
  );
};
