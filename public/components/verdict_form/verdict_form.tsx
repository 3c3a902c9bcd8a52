import { useState } from 'react';
import {
  EuiFlexGroup,
  EuiFlexItem,
  EuiFormRow,
  EuiPanel,
  EuiSelect,
  EuiSpacer,
  EuiText,
  EuiTextArea,
  EuiTitle,
} from '@elastic/eui';

import type { VerdictFields } from '../../lib/investigation_edits';
import {
  validateVerdictFields,
  type SubmitBlocker,
  type VerdictFieldErrors,
} from '../../lib/investigation_rules';
import { pickOneOf } from '../../lib/alerts_page_query';
import {
  FALSE_POSITIVE_CATEGORY_OPTIONS,
  VERDICT_OPTIONS,
  verdictNeedsClosingDetails,
} from '../../lib/investigation_values';
import { FALSE_POSITIVE_CATEGORY_LABELS, VERDICT_LABELS } from '../badges/translations';
import { SubmitButton } from './submit_button';
import * as i18n from './translations';

export interface VerdictFormProps {
  values: VerdictFields;
  blockers: SubmitBlocker[];
  submitting: boolean;
  onChange: (change: Partial<VerdictFields>) => void;
  onSubmit: () => void;
}

const VERDICT_SELECT_OPTIONS = [
  { value: '', text: i18n.VERDICT_PLACEHOLDER },
  ...VERDICT_OPTIONS.map((verdict) => ({ value: verdict, text: VERDICT_LABELS[verdict] })),
];

const CATEGORY_SELECT_OPTIONS = [
  { value: '', text: i18n.CATEGORY_PLACEHOLDER },
  ...FALSE_POSITIVE_CATEGORY_OPTIONS.map((category) => ({
    value: category,
    text: FALSE_POSITIVE_CATEGORY_LABELS[category],
  })),
];

type TouchedFields = Partial<Record<keyof VerdictFields, boolean>>;

/** Returns the message of a field's error once the analyst has left the field. */
const visibleError = (
  errors: VerdictFieldErrors,
  touched: TouchedFields,
  field: keyof VerdictFields
): string | undefined => {
  const problem = errors[field];

  return problem && touched[field] ? i18n.BLOCKER_MESSAGES[problem] : undefined;
};

/**
 * Renders the verdict form: verdict, false positive category, closing reason and the submit
 * button. The fields are checked as the server checks a submission, and each change is saved
 * like a step edit.
 */
export const VerdictForm = ({
  values,
  blockers,
  submitting,
  onChange,
  onSubmit,
}: VerdictFormProps) => {
  const [touched, setTouched] = useState<TouchedFields>({});
  const errors = validateVerdictFields(values);
  const needsDetails = verdictNeedsClosingDetails(values.verdict);
  const touch = (field: keyof VerdictFields) =>
    setTouched((current) => ({ ...current, [field]: true }));

  const changeVerdict = (value: string) => {
    const verdict = pickOneOf(VERDICT_OPTIONS, value) ?? null;
    touch('verdict');
    // A category belongs only to the verdicts that close the alert.
    onChange(
      verdictNeedsClosingDetails(verdict) ? { verdict } : { verdict, false_positive_category: null }
    );
  };

  const verdictError = visibleError(errors, touched, 'verdict');
  const categoryError = visibleError(errors, touched, 'false_positive_category');
  const closingReasonError = visibleError(errors, touched, 'closing_reason');

  return (
    <EuiPanel hasBorder data-test-subj="simpleHttpInvestigationVerdictForm">
      <EuiTitle size="xs">
        <h3>{i18n.TITLE}</h3>
      </EuiTitle>
      <EuiSpacer size="s" />
      <EuiFormRow label={i18n.VERDICT_LABEL} isInvalid={!!verdictError} error={verdictError}>
        <EuiSelect
          options={VERDICT_SELECT_OPTIONS}
          value={values.verdict ?? ''}
          isInvalid={!!verdictError}
          onChange={(event) => changeVerdict(event.target.value)}
          onBlur={() => touch('verdict')}
          data-test-subj="simpleHttpInvestigationVerdictSelect"
        />
      </EuiFormRow>
      {needsDetails && (
        <EuiFormRow label={i18n.CATEGORY_LABEL} isInvalid={!!categoryError} error={categoryError}>
          <EuiSelect
            options={CATEGORY_SELECT_OPTIONS}
            value={values.false_positive_category ?? ''}
            isInvalid={!!categoryError}
            onChange={(event) => {
              touch('false_positive_category');
              onChange({
                false_positive_category:
                  pickOneOf(FALSE_POSITIVE_CATEGORY_OPTIONS, event.target.value) ?? null,
              });
            }}
            onBlur={() => touch('false_positive_category')}
            data-test-subj="simpleHttpInvestigationFalsePositiveCategorySelect"
          />
        </EuiFormRow>
      )}
      <EuiFormRow
        label={i18n.CLOSING_REASON_LABEL}
        helpText={
          needsDetails ? i18n.CLOSING_REASON_HELP_REQUIRED : i18n.CLOSING_REASON_HELP_OPTIONAL
        }
        isInvalid={!!closingReasonError}
        error={closingReasonError}
        fullWidth
      >
        <EuiTextArea
          value={values.closing_reason ?? ''}
          rows={3}
          fullWidth
          isInvalid={!!closingReasonError}
          onChange={(event) => onChange({ closing_reason: event.target.value || null })}
          onBlur={() => touch('closing_reason')}
          data-test-subj="simpleHttpInvestigationClosingReasonField"
        />
      </EuiFormRow>
      <EuiSpacer size="m" />
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
        <EuiFlexItem grow={false}>
          <SubmitButton blockers={blockers} isLoading={submitting} onSubmit={onSubmit} />
        </EuiFlexItem>
        {blockers.length > 0 && (
          <EuiFlexItem>
            <EuiText size="xs" color="subdued">
              <p>{i18n.BLOCKER_MESSAGES[blockers[0]]}</p>
            </EuiText>
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
    </EuiPanel>
  );
};
