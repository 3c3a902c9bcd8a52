import { useEffect, useState } from 'react';
import { EuiFieldSearch } from '@elastic/eui';

export interface FilterTextFieldProps {
  value: string | undefined;
  placeholder: string;
  ariaLabel: string;
  /** Called on Enter and when the field is cleared, with undefined for an empty field. */
  onCommit: (value: string | undefined) => void;
  fullWidth?: boolean;
  'data-test-subj': string;
}

/**
 * A search field that applies its text on Enter or clear, so each applied filter is one
 * history entry rather than one per keystroke.
 */
export const FilterTextField = ({
  value,
  placeholder,
  ariaLabel,
  onCommit,
  fullWidth = false,
  'data-test-subj': dataTestSubj,
}: FilterTextFieldProps) => {
  const [draft, setDraft] = useState(value ?? '');

  // Follow the URL when it changes underneath, for example on the back button.
  useEffect(() => setDraft(value ?? ''), [value]);

  return (
    <EuiFieldSearch
      value={draft}
      placeholder={placeholder}
      aria-label={ariaLabel}
      fullWidth={fullWidth}
      isClearable
      onChange={(event) => setDraft(event.target.value)}
      onSearch={(text) => onCommit(text.trim() || undefined)}
      data-test-subj={dataTestSubj}
    />
  );
};
