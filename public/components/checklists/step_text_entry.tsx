import { EuiText, EuiTextArea } from '@elastic/eui';

import { MAX_NOTE_LENGTH } from '../../lib/investigation_values';
import * as i18n from './translations';

export interface StepTextEntryProps {
  id: string;
  /** Shown before the text in the read-only view, such as "Note". */
  label: string;
  ariaLabel: string;
  placeholder: string;
  value: string;
  readOnly: boolean;
  onChange: (value: string) => void;
  'data-test-subj': string;
}

/**
 * Renders a step's note or action taken: a text area while the step can change, else the
 * saved text (nothing when it is empty).
 */
export const StepTextEntry = ({
  id,
  label,
  ariaLabel,
  placeholder,
  value,
  readOnly,
  onChange,
  'data-test-subj': dataTestSubj,
}: StepTextEntryProps) => {
  if (readOnly) {
    return value.trim() ? (
      <EuiText size="s" data-test-subj={`${dataTestSubj}Text`}>
        <p css={{ whiteSpace: 'pre-wrap' }}>
          <strong>{label}</strong> {value}
        </p>
      </EuiText>
    ) : null;
  }

  const tooLong = value.length > MAX_NOTE_LENGTH;

  return (
    <>
      <EuiTextArea
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        aria-label={ariaLabel}
        isInvalid={tooLong}
        rows={3}
        compressed
        fullWidth
        data-test-subj={dataTestSubj}
      />
      {tooLong && (
        <EuiText size="xs" color="danger">
          <p>{i18n.textTooLong(MAX_NOTE_LENGTH)}</p>
        </EuiText>
      )}
    </>
  );
};
