/** @jest-environment jsdom */
import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { VerdictFields } from '../../lib/investigation_edits';
import { getSubmitBlockers } from '../../lib/investigation_rules';
import { buildInvestigation } from '../../test_helpers/alert_fixtures';
import { renderInApp } from '../../test_helpers/render_in_app';
import { VerdictForm } from './verdict_form';

const EMPTY: VerdictFields = { verdict: null, false_positive_category: null, closing_reason: null };

/** Holds the fields in state, as the investigation hook does, and records each change. */
const Harness = ({ onChange, onSubmit }: { onChange: jest.Mock; onSubmit: jest.Mock }) => {
  const [values, setValues] = useState<VerdictFields>(EMPTY);
  const blockers = getSubmitBlockers(buildInvestigation(), values, { kind: 'idle' });

  return (
    <VerdictForm
      values={values}
      blockers={blockers}
      submitting={false}
      onChange={(change) => {
        onChange(change);
        setValues((current) => ({ ...current, ...change }));
      }}
      onSubmit={onSubmit}
    />
  );
};

const renderForm = () => {
  const onChange = jest.fn();
  const onSubmit = jest.fn();
  renderInApp(<Harness onChange={onChange} onSubmit={onSubmit} />);

  return { onChange, onSubmit };
};

const submitButton = () =>
  screen.getByTestId('simpleHttpInvestigationSubmitButton') as HTMLButtonElement;

describe('VerdictForm', () => {
  it('disables submit without a verdict', () => {
    renderForm();

    expect(submitButton().disabled).toBe(true);
    expect(submitButton().getAttribute('data-blocked-by')).toBe('verdict_missing');
    expect(screen.getByText('Select a verdict.')).toBeTruthy();
  });

  it('enables submit for a true positive', async () => {
    const { onChange, onSubmit } = renderForm();

    await userEvent.selectOptions(
      screen.getByTestId('simpleHttpInvestigationVerdictSelect'),
      'true_positive'
    );

    expect(onChange).toHaveBeenLastCalledWith({
      verdict: 'true_positive',
      false_positive_category: null,
    });
    expect(screen.queryByTestId('simpleHttpInvestigationFalsePositiveCategorySelect')).toBeNull();
    expect(submitButton().disabled).toBe(false);

    await userEvent.click(submitButton());

    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('requires category and reason for a false positive', async () => {
    renderForm();

    await userEvent.selectOptions(
      screen.getByTestId('simpleHttpInvestigationVerdictSelect'),
      'false_positive'
    );

    expect(submitButton().disabled).toBe(true);
    expect(submitButton().getAttribute('data-blocked-by')).toBe(
      'category_missing closing_reason_missing'
    );

    await userEvent.click(screen.getByTestId('simpleHttpInvestigationClosingReasonField'));
    await userEvent.tab();

    expect(
      screen.getAllByText('A false positive or benign verdict needs a closing reason.').length
    ).toBeGreaterThan(0);

    await userEvent.selectOptions(
      screen.getByTestId('simpleHttpInvestigationFalsePositiveCategorySelect'),
      'development_or_testing'
    );
    await userEvent.type(
      screen.getByTestId('simpleHttpInvestigationClosingReasonField'),
      'A developer tested a PHP page.'
    );

    expect(submitButton().disabled).toBe(false);
  });

  it('clears the category for other verdicts', async () => {
    const { onChange } = renderForm();
    const verdictSelect = screen.getByTestId('simpleHttpInvestigationVerdictSelect');

    await userEvent.selectOptions(verdictSelect, 'benign_true_positive');
    await userEvent.selectOptions(
      screen.getByTestId('simpleHttpInvestigationFalsePositiveCategorySelect'),
      'training'
    );
    await userEvent.selectOptions(verdictSelect, 'undetermined');

    expect(onChange).toHaveBeenLastCalledWith({
      verdict: 'undetermined',
      false_positive_category: null,
    });
  });
});
