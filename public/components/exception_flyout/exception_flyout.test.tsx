/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { PointerEventsCheckLevel, userEvent as baseUserEvent } from '@testing-library/user-event';

import type { ExceptionRecord } from '../../../common/api/exceptions';
import { stubCanvasTextMetrics } from '../../test_helpers/canvas_text_stub';
import {
  buildExceptionFields,
  buildExceptionRecord,
  buildProposalRecord,
} from '../../test_helpers/exception_fixtures';
import { renderInApp } from '../../test_helpers/render_in_app';
import { ExceptionFlyout } from './exception_flyout';

stubCanvasTextMetrics();

// Checking `pointer-events` walks the computed styles of every ancestor, which takes seconds
// per click in a flyout of this size. EUI sets no `pointer-events: none` on these buttons.
const userEvent = baseUserEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

const byTestId = (id: string) => screen.getByTestId(`simpleHttpInvestigation${id}`);
const inputValue = (id: string) => (byTestId(id) as HTMLInputElement).value;

/** Renders the flyout and waits until its checks have loaded, which enables its buttons. */
const renderFlyout = async (exception: ExceptionRecord | null) => {
  const onClose = jest.fn();
  const onSaved = jest.fn();
  const onDeleted = jest.fn();
  const result = renderInApp(
    <ExceptionFlyout
      exception={exception}
      onClose={onClose}
      onSaved={onSaved}
      onDeleted={onDeleted}
    />
  );
  const submitId =
    exception?.state === 'proposed' ? 'ExceptionAcceptButton' : 'ExceptionSaveButton';
  await waitFor(() => expect(byTestId(submitId).hasAttribute('disabled')).toBe(false));

  return { ...result, onClose, onSaved, onDeleted };
};

/** Types text in one change event, because typing each key re-renders the whole flyout. */
const fillIn = async (id: string, text: string) => {
  await userEvent.clear(byTestId(id));
  await userEvent.paste(text);
};

describe('ExceptionFlyout', () => {
  it('creates an exception from the form', async () => {
    const { services, onSaved } = await renderFlyout(null);
    const created = buildExceptionRecord();
    services.api.createException.mockResolvedValue(created);

    await fillIn('ExceptionName', 'Nightly reports');
    await fillIn('ExceptionReason', 'The reporting job serves its output.');
    await userEvent.selectOptions(byTestId('ExceptionCategory'), 'automation_or_cron');
    await fillIn('EntryValue-0', 'report.py');
    await userEvent.click(byTestId('ExceptionSaveButton'));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created));
    expect(services.api.createException).toHaveBeenCalledWith({
      name: 'Nightly reports',
      reason: 'The reporting job serves its output.',
      category: 'automation_or_cron',
      rule_ids: buildExceptionFields().rule_ids,
      entries: [{ field: 'process.name', type: 'match', operator: 'included', value: 'report.py' }],
      expire_time: null,
    });
  });

  it('shows every problem instead of saving an empty form', async () => {
    const { services } = await renderFlyout(null);

    await userEvent.click(byTestId('ExceptionSaveButton'));

    expect(await screen.findByText('Name must not be empty')).toBeTruthy();
    expect(screen.getByText('Category must be chosen')).toBeTruthy();
    expect(byTestId('EntryErrors-0').textContent).toBe(
      'Entry 1 (process.name): value must not be empty'
    );
    expect(services.api.createException).not.toHaveBeenCalled();
  });

  it('keeps the draft when saving fails', async () => {
    const { services, onSaved } = await renderFlyout(buildExceptionRecord());
    services.api.updateException.mockRejectedValue({
      message: 'Service Unavailable',
      body: { statusCode: 503, message: 'The engine is down' },
    });

    await fillIn('ExceptionName', 'Renamed');
    await userEvent.click(byTestId('ExceptionSaveButton'));

    await waitFor(() => expect(services.toasts.addError).toHaveBeenCalledTimes(1));
    expect(services.toasts.addError.mock.calls[0][1].title).toBe(
      'Could not save the exception "Renamed"'
    );
    expect(onSaved).not.toHaveBeenCalled();
    expect(inputValue('ExceptionName')).toBe('Renamed');
    expect(inputValue('EntryValue-0')).toBe('dev-ws-07');
  });

  it('sends the version and shows a conflict with reload', async () => {
    const stored = buildExceptionRecord({
      version: 'WzIsMV0=',
      name: 'Stored by bob',
      updated_by: 'bob',
      updated_at: '2025-01-12T08:00:00.000Z',
    });
    const { services, onSaved } = await renderFlyout(buildExceptionRecord());
    services.api.updateException
      .mockRejectedValueOnce({
        message: 'Conflict',
        body: { statusCode: 409, message: 'Version conflict', attributes: { current: stored } },
      })
      .mockResolvedValueOnce(stored);

    await fillIn('ExceptionName', 'Developer previews on dev-ws-07 (edited)');
    await userEvent.click(byTestId('ExceptionSaveButton'));

    const callout = await screen.findByTestId('simpleHttpInvestigationExceptionConflict');
    expect(within(callout).getByText(/^bob saved it on/)).toBeTruthy();
    expect(services.api.updateException.mock.calls[0][1].version).toBe('WzEsMV0=');
    expect(inputValue('ExceptionName')).toBe('Developer previews on dev-ws-07 (edited)');
    expect(onSaved).not.toHaveBeenCalled();

    await userEvent.click(
      within(callout).getByTestId('simpleHttpInvestigationExceptionConflictReload')
    );

    expect(inputValue('ExceptionName')).toBe('Stored by bob');
    expect(screen.queryByTestId('simpleHttpInvestigationExceptionConflict')).toBeNull();
    await userEvent.click(byTestId('ExceptionSaveButton'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(stored));
    expect(services.api.updateException.mock.calls[1][1].version).toBe('WzIsMV0=');
  });

  it('deletes after confirming', async () => {
    const { services, onDeleted } = await renderFlyout(buildExceptionRecord());
    services.api.deleteException.mockResolvedValue(undefined);

    await userEvent.click(byTestId('ExceptionDeleteButton'));
    await userEvent.click(byTestId('ConfirmModalConfirmButton'));

    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith('exception-1'));
    expect(services.api.deleteException).toHaveBeenCalledWith('exception-1', 'WzEsMV0=');
  });

  it('previews the draft and warns about true positives', async () => {
    const { services } = await renderFlyout(buildExceptionRecord());
    services.api.previewException.mockResolvedValue({
      total: 40,
      matched: 3,
      sample: [],
      true_positive_alert_ids: ['alert-7'],
    });

    await userEvent.selectOptions(byTestId('PreviewPeriod'), 'now-7d');
    await waitFor(() => expect(screen.queryByText(/Fix the rules and entries/)).toBeNull());
    await userEvent.click(byTestId('PreviewButton'));

    expect((await screen.findByTestId('simpleHttpInvestigationPreviewMatched')).textContent).toBe(
      'Matches 3 of 40 alerts of the selected rules in the period.'
    );
    const warning = byTestId('PreviewTruePositiveWarning');
    expect(
      within(warning).getByText('Would hide 1 alert confirmed as true positives')
    ).toBeTruthy();
    expect(
      within(warning).getByTestId('simpleHttpInvestigationPreviewAlertLink-alert-7')
    ).toBeTruthy();
    expect(services.api.previewException.mock.calls[0][0]).toEqual({
      rule_ids: buildExceptionFields().rule_ids,
      entries: buildExceptionFields().entries,
      start: 'now-7d',
      end: 'now',
    });

    await fillIn('EntryValue-0', 'dev-ws-08');
    expect(byTestId('PreviewStale')).toBeTruthy();
  });

  it('accepts a proposal with the edits and a comment', async () => {
    const proposal = buildProposalRecord();
    const { services, onSaved } = await renderFlyout(proposal);
    const accepted = buildExceptionRecord({ id: 'proposal-1', state: 'active', status: 'active' });
    services.api.acceptException.mockResolvedValue(accepted);

    const description = byTestId('ProposalDescription');
    expect(description.textContent).toMatch(/^Proposed by alice on .+ from alert/);
    expect(
      within(description).getByTestId('simpleHttpInvestigationPreviewAlertLink-alert-1')
    ).toBeTruthy();
    await userEvent.selectOptions(byTestId('ExceptionCategory'), 'training');
    await userEvent.click(byTestId('ExceptionAcceptButton'));
    await fillIn('DecisionComment', 'Narrowed to the lab');
    await userEvent.click(byTestId('ConfirmModalConfirmButton'));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(accepted));
    expect(services.api.acceptException).toHaveBeenCalledWith('proposal-1', {
      ...buildExceptionFields({ name: 'Lab classes on lab-03', category: 'training' }),
      version: 'WzEsMV0=',
      comment: 'Narrowed to the lab',
    });
  });

  it('rejects a proposal only with a comment', async () => {
    const { services, onSaved } = await renderFlyout(buildProposalRecord());
    const rejected = buildProposalRecord({ state: 'rejected', status: 'rejected' });
    services.api.rejectException.mockResolvedValue(rejected);

    await userEvent.click(byTestId('ExceptionRejectButton'));
    const confirm = byTestId('ConfirmModalConfirmButton');
    expect(confirm.hasAttribute('disabled')).toBe(true);

    await fillIn('DecisionComment', 'The lab closed last year');
    await userEvent.click(confirm);

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(rejected));
    expect(services.api.rejectException).toHaveBeenCalledWith(
      'proposal-1',
      'WzEsMV0=',
      'The lab closed last year'
    );
  });

  it('closes an unchanged draft at once', async () => {
    const { onClose } = await renderFlyout(buildExceptionRecord());

    await userEvent.click(byTestId('ExceptionFlyoutCancel'));

    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('simpleHttpInvestigationConfirmModal')).toBeNull();
  });

  it('asks before discarding edits', async () => {
    const { onClose } = await renderFlyout(buildExceptionRecord());

    await fillIn('ExceptionName', 'Renamed');
    await userEvent.click(byTestId('ExceptionFlyoutCancel'));

    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(byTestId('ConfirmModalCancelButton'));
    expect(inputValue('ExceptionName')).toBe('Renamed');

    await userEvent.keyboard('{Escape}');
    await userEvent.click(byTestId('ConfirmModalConfirmButton'));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes at once after an edit is undone', async () => {
    const { onClose } = await renderFlyout(buildExceptionRecord());

    await fillIn('ExceptionName', 'Renamed');
    await fillIn('ExceptionName', 'Developer previews on dev-ws-07');
    await userEvent.click(byTestId('ExceptionFlyoutCancel'));

    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
