import type { ReactElement } from 'react';
import {
  EuiButtonIcon,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFormRow,
  EuiSelect,
  EuiText,
  type EuiSelectOption,
} from '@elastic/eui';

import { pickOneOf } from '../../lib/alerts_page_query';
import type { EntryDraft } from '../../lib/exception_draft';
import {
  ENTRY_OPERATOR_OPTIONS,
  ENTRY_TYPE_OPTIONS,
  EXCEPTION_FIELD_OPTIONS,
} from '../../lib/exception_values';
import type { EntryErrors } from '../../lib/validate_exception_draft';
import { EntryRowErrors } from './entry_row_errors';
import { EntryValueInput } from './entry_value_input';
import * as i18n from './translations';

const FIELD_SELECT_OPTIONS = EXCEPTION_FIELD_OPTIONS.map((field) => ({
  value: field,
  text: field,
}));
const OPERATOR_SELECT_OPTIONS = ENTRY_OPERATOR_OPTIONS.map((operator) => ({
  value: operator,
  text: i18n.OPERATOR_LABELS[operator],
}));
const TYPE_SELECT_OPTIONS = ENTRY_TYPE_OPTIONS.map((type) => ({
  value: type,
  text: i18n.TYPE_LABELS[type],
}));

export interface EntryRowProps {
  entry: EntryDraft;
  /** 0-based position of the row. */
  index: number;
  /** Present only once the row's problems should show. */
  errors: EntryErrors | undefined;
  canRemove: boolean;
  disabled: boolean;
  onChange: (entry: EntryDraft) => void;
  onRemove: () => void;
}

interface EntryCellProps {
  /** Shown only on the first row, above the column. */
  label: string | undefined;
  grow: 1 | 3 | 4;
  minWidth: number;
  children: ReactElement;
}

const EntryCell = ({ label, grow, minWidth, children }: EntryCellProps) => (
  <EuiFlexItem grow={grow} css={{ minWidth }}>
    <EuiFormRow label={label} display="rowCompressed" fullWidth>
      {children}
    </EuiFormRow>
  </EuiFlexItem>
);

interface EntrySelectProps<T extends string> {
  options: EuiSelectOption[];
  allowed: readonly T[];
  value: T;
  label: string;
  isInvalid: boolean;
  disabled: boolean;
  onChange: (value: T) => void;
  'data-test-subj': string;
}

const EntrySelect = <T extends string>({
  options,
  allowed,
  value,
  label,
  isInvalid,
  disabled,
  onChange,
  'data-test-subj': dataTestSubj,
}: EntrySelectProps<T>) => (
  <EuiSelect
    compressed
    fullWidth
    disabled={disabled}
    isInvalid={isInvalid}
    options={options}
    value={value}
    aria-label={label}
    onChange={(event) => {
      const selected = pickOneOf(allowed, event.target.value);

      if (selected) {
        onChange(selected);
      }
    }}
    data-test-subj={dataTestSubj}
  />
);

/** Renders one entry: field, operator, type and value, with its problems below. */
export const EntryRow = ({
  entry,
  index,
  errors,
  canRemove,
  disabled,
  onChange,
  onRemove,
}: EntryRowProps) => {
  const labelOf = (label: string) => (index === 0 ? label : undefined);

  return (
    <fieldset data-test-subj={`simpleHttpInvestigationEntryRow-${index}`}>
      <legend className="euiScreenReaderOnly">{i18n.entryLegend(index + 1)}</legend>
      <EuiFlexGroup gutterSize="s" alignItems="flexEnd" wrap responsive={false}>
        <EntryCell label={labelOf(i18n.FIELD_LABEL)} grow={3} minWidth={200}>
          <EntrySelect
            options={FIELD_SELECT_OPTIONS}
            allowed={EXCEPTION_FIELD_OPTIONS}
            value={entry.field}
            label={i18n.FIELD_LABEL}
            isInvalid={Boolean(errors?.field)}
            disabled={disabled}
            onChange={(field) => onChange({ ...entry, field })}
            data-test-subj={`simpleHttpInvestigationEntryField-${index}`}
          />
        </EntryCell>
        <EntryCell label={labelOf(i18n.OPERATOR_LABEL)} grow={1} minWidth={90}>
          <EntrySelect
            options={OPERATOR_SELECT_OPTIONS}
            allowed={ENTRY_OPERATOR_OPTIONS}
            value={entry.operator}
            label={i18n.OPERATOR_LABEL}
            isInvalid={Boolean(errors?.operator)}
            disabled={disabled}
            onChange={(operator) => onChange({ ...entry, operator })}
            data-test-subj={`simpleHttpInvestigationEntryOperator-${index}`}
          />
        </EntryCell>
        <EntryCell label={labelOf(i18n.TYPE_LABEL)} grow={1} minWidth={110}>
          <EntrySelect
            options={TYPE_SELECT_OPTIONS}
            allowed={ENTRY_TYPE_OPTIONS}
            value={entry.type}
            label={i18n.TYPE_LABEL}
            isInvalid={Boolean(errors?.type)}
            disabled={disabled}
            onChange={(type) => onChange({ ...entry, type })}
            data-test-subj={`simpleHttpInvestigationEntryType-${index}`}
          />
        </EntryCell>
        <EntryCell label={labelOf(i18n.VALUE_LABEL)} grow={4} minWidth={200}>
          <EntryValueInput
            entry={entry}
            index={index}
            isInvalid={Boolean(errors?.value)}
            disabled={disabled}
            onChange={onChange}
          />
        </EntryCell>
        <EuiFlexItem grow={false}>
          <EuiButtonIcon
            iconType="trash"
            color="danger"
            isDisabled={disabled || !canRemove}
            aria-label={i18n.removeEntryLabel(index + 1)}
            onClick={onRemove}
            data-test-subj={`simpleHttpInvestigationEntryRemove-${index}`}
          />
        </EuiFlexItem>
      </EuiFlexGroup>
      {/* Below the row, because help text inside the value cell would lift its input above
          the other inputs, which align at their bottom edge. */}
      {entry.type === 'wildcard' && (
        <EuiText
          size="xs"
          color="subdued"
          data-test-subj={`simpleHttpInvestigationEntryWildcardHelp-${index}`}
        >
          <p>{i18n.WILDCARD_HELP}</p>
        </EuiText>
      )}
      <EntryRowErrors entry={entry} index={index} errors={errors} />
    </fieldset>
  );
};
