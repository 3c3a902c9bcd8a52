/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Investigation } from '../../../common/api/investigations';
import {
  buildChecklists,
  buildEvidence,
  buildInvestigation,
} from '../../test_helpers/alert_fixtures';
import { createTestServices, type TestServices } from '../../test_helpers/create_test_services';
import { renderInApp } from '../../test_helpers/render_in_app';
import { InvestigationPage } from './investigation_page';

const servicesWith = (investigation: Investigation): TestServices => {
  const services = createTestServices();
  services.api.getAlertEvidence.mockResolvedValue(buildEvidence());
  services.api.getAlertChecklists.mockResolvedValue(buildChecklists());
  services.api.getInvestigation.mockResolvedValue(investigation);

  return services;
};

const renderPage = (services: TestServices) =>
  renderInApp(<InvestigationPage alertId="alert-1" />, { services, path: '/alerts/alert-1' });

const findStep = async (itemId: string) =>
  (await screen.findByTestId(`simpleHttpInvestigationChecklistStep-${itemId}`)) as HTMLInputElement;

describe('InvestigationPage with a saved investigation', () => {
  it('shows the saved ticks and who started', async () => {
    const investigation = buildInvestigation();
    investigation.steps[0] = { ...investigation.steps[0], checked: true };
    renderPage(servicesWith(investigation));

    expect((await findStep('investigation-1')).checked).toBe(true);
    expect(screen.getByTestId('simpleHttpInvestigationStartedBy').textContent).toContain(
      'Started by alice'
    );
    const badge = screen.getByTestId('simpleHttpInvestigationInvestigationStatusBadge');
    expect(badge.getAttribute('data-investigation-status')).toBe('in_progress');
  });

  it('saves a tick and shows the time', async () => {
    const services = servicesWith(buildInvestigation());
    services.api.updateInvestigation.mockResolvedValue(
      buildInvestigation({ version: 'v2', updated_at: '2025-01-10T11:30:00.000Z' })
    );
    renderPage(services);

    const step = await findStep('investigation-2');
    await waitFor(() => expect(step.disabled).toBe(false));
    await userEvent.click(step);

    const saveStatus = screen.getByTestId('simpleHttpInvestigationSaveStatus');
    expect(saveStatus.getAttribute('data-save-state')).toBe('pending');
    await waitFor(() => expect(saveStatus.getAttribute('data-save-state')).toBe('saved'));
    expect(saveStatus.textContent).toContain('Saved at Jan 10, 2025');
    expect(services.api.updateInvestigation).toHaveBeenCalledWith('alert-1', {
      version: 'v1',
      steps: [{ item_id: 'investigation-2', checked: true }],
    });
  });

  it('offers a retry after a failed save', async () => {
    const services = servicesWith(buildInvestigation());
    services.api.updateInvestigation
      .mockRejectedValueOnce({
        message: 'Bad Request',
        body: { statusCode: 400, error: 'Bad Request', message: 'The note is too long' },
      })
      .mockResolvedValueOnce(buildInvestigation({ version: 'v2' }));
    renderPage(services);

    const step = await findStep('investigation-1');
    await waitFor(() => expect(step.disabled).toBe(false));
    await userEvent.click(step);

    const retry = await screen.findByTestId('simpleHttpInvestigationSaveRetryButton');
    const saveStatus = screen.getByTestId('simpleHttpInvestigationSaveStatus');
    expect(saveStatus.textContent).toContain('Not saved: The note is too long');
    expect(step.checked).toBe(true);

    await userEvent.click(retry);

    await waitFor(() => expect(saveStatus.getAttribute('data-save-state')).toBe('saved'));
    expect(services.api.updateInvestigation).toHaveBeenCalledTimes(2);
  });

  it('reloads after a conflict on confirm', async () => {
    const current = buildInvestigation({
      version: 'v7',
      assignee: 'bob',
      updated_at: '2025-01-10T12:00:00.000Z',
    });
    const services = servicesWith(buildInvestigation());
    services.api.updateInvestigation.mockRejectedValue({
      message: 'Conflict',
      body: {
        statusCode: 409,
        error: 'Conflict',
        message: 'The investigation changed',
        attributes: { current },
      },
    });
    renderPage(services);

    const step = await findStep('investigation-1');
    await waitFor(() => expect(step.disabled).toBe(false));
    await userEvent.click(step);

    const callout = await screen.findByTestId('simpleHttpInvestigationConflictCallout');
    expect(within(callout).getByText('Someone else changed this investigation')).toBeTruthy();
    expect(callout.textContent).toContain('last changed by alice');
    expect(callout.textContent).toContain('Jan 10, 2025 @ 12:00:00.000');

    await userEvent.click(within(callout).getByTestId('simpleHttpInvestigationConflictReloadButton'));
    await userEvent.click(screen.getByTestId('simpleHttpInvestigationConfirmModalConfirmButton'));

    expect(screen.queryByTestId('simpleHttpInvestigationConflictCallout')).toBeNull();
    expect(step.checked).toBe(false);
    const assignee = screen.getByTestId('simpleHttpInvestigationAssigneeField') as HTMLInputElement;
    expect(assignee.value).toBe('bob');
  });

  it('is read-only once submitted', async () => {
    const investigation = buildInvestigation({
      status: 'submitted',
      verdict: 'true_positive',
      submitted_at: '2025-01-10T11:45:00.000Z',
    });
    investigation.steps[1] = { ...investigation.steps[1], note: 'Two scanners connected.' };
    renderPage(servicesWith(investigation));

    expect((await findStep('investigation-1')).disabled).toBe(true);
    expect((await findStep('response-1')).disabled).toBe(true);
    expect(screen.queryByTestId('simpleHttpInvestigationSubmitButton')).toBeNull();
    expect(screen.queryByTestId('simpleHttpInvestigationStepNoteButton-investigation-2')).toBeNull();
    expect(
      screen.getByTestId('simpleHttpInvestigationStepNote-investigation-2Text').textContent
    ).toContain('Two scanners connected.');
    expect(screen.getByTestId('simpleHttpInvestigationVerdictValue').textContent).toBe(
      'True positive'
    );
    expect(screen.getByTestId('simpleHttpInvestigationStatusNote').textContent).toContain(
      'read-only until a lead reviews it'
    );
  });

  it('allows response steps of an approved true positive', async () => {
    const investigation = buildInvestigation({ status: 'approved', verdict: 'true_positive' });
    renderPage(servicesWith(investigation));

    expect((await findStep('investigation-1')).disabled).toBe(true);
    expect((await findStep('response-1')).disabled).toBe(false);
    expect(screen.getByTestId('simpleHttpInvestigationResponseOnly')).toBeTruthy();
    expect(screen.getByTestId('simpleHttpInvestigationStepActionButton-response-1')).toBeTruthy();
  });

  it('shows the return comment', async () => {
    const investigation = buildInvestigation({
      status: 'returned',
      review_comments: [
        {
          action: 'returned',
          author: 'lead',
          created_at: '2025-01-10T12:30:00.000Z',
          comment: 'Check the outbound connections too.',
        },
      ],
    });
    renderPage(servicesWith(investigation));

    const callout = await screen.findByTestId('simpleHttpInvestigationReturnedCallout');

    expect(callout.textContent).toContain('Returned by lead');
    expect(callout.textContent).toContain('Check the outbound connections too.');
    expect((await findStep('investigation-1')).disabled).toBe(false);
  });

  it('starts with the button', async () => {
    const services = createTestServices();
    services.api.getAlertEvidence.mockResolvedValue(buildEvidence());
    services.api.getAlertChecklists.mockResolvedValue(buildChecklists());
    services.api.getInvestigation.mockRejectedValue({
      message: 'Not Found',
      body: { statusCode: 404, error: 'Not Found', message: 'No investigation' },
    });
    services.api.startInvestigation.mockResolvedValue(buildInvestigation());
    renderPage(services);

    await userEvent.click(await screen.findByTestId('simpleHttpInvestigationStartButton'));

    await waitFor(() =>
      expect(screen.getByTestId('simpleHttpInvestigationStartedBy').textContent).toContain(
        'Started by alice'
      )
    );
    expect(services.api.startInvestigation).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('simpleHttpInvestigationStartButton')).toBeNull();
  });

  it('lists the history', async () => {
    const services = servicesWith(buildInvestigation());
    services.api.getInvestigationHistory.mockResolvedValue({
      investigation_id: 'default:alert-1',
      total: 1,
      truncated: false,
      records: [
        {
          id: 'record-1',
          timestamp: '2025-01-10T11:10:00.000Z',
          space_id: 'default',
          user: 'alice',
          action: 'investigation_updated',
          object_type: 'investigation',
          object_id: 'default:alert-1',
          alert_id: 'alert-1',
          changes: [{ field: 'verdict', before: null, after: 'true_positive' }],
        },
      ],
    });
    renderPage(services);

    await userEvent.click(await screen.findByTestId('simpleHttpInvestigationHistoryTab'));

    const row = await screen.findByTestId(
      'simpleHttpInvestigationHistoryRow-investigation_updated'
    );
    expect(services.api.getInvestigationHistory.mock.calls[0][0]).toBe('default:alert-1');
    expect(within(row).getByText('alice')).toBeTruthy();
    expect(within(row).getByText('Updated the investigation')).toBeTruthy();
    expect(within(row).getByText('Verdict: (empty) → True positive')).toBeTruthy();
  });

  it('names history steps from checklists', async () => {
    const services = servicesWith(buildInvestigation());
    services.api.getInvestigationHistory.mockResolvedValue({
      investigation_id: 'default:alert-1',
      total: 1,
      truncated: false,
      records: [
        {
          id: 'record-1',
          timestamp: '2025-01-10T11:10:00.000Z',
          space_id: 'default',
          user: 'alice',
          action: 'investigation_updated',
          object_type: 'investigation',
          object_id: 'default:alert-1',
          alert_id: 'alert-1',
          changes: [
            { field: 'steps.investigation-1.checked', before: false, after: true },
            { field: 'steps.investigation-9.checked', before: false, after: true },
          ],
        },
      ],
    });
    renderPage(services);

    await userEvent.click(await screen.findByTestId('simpleHttpInvestigationHistoryTab'));

    const row = await screen.findByTestId(
      'simpleHttpInvestigationHistoryRow-investigation_updated'
    );
    expect(
      within(row).getByText(
        'Investigation step 1 "Check the process tree of the server." checked: no → yes'
      )
    ).toBeTruthy();
    expect(within(row).getByText('Step investigation-9 checked: no → yes')).toBeTruthy();
  });

  it('focuses the verdict from the bar', async () => {
    renderPage(servicesWith(buildInvestigation()));

    const select = await screen.findByTestId('simpleHttpInvestigationVerdictSelect');
    const bar = screen.getByTestId('simpleHttpInvestigationVerdictShortcutBar');
    expect(within(bar).getByText('In progress')).toBeTruthy();
    await userEvent.click(screen.getByTestId('simpleHttpInvestigationGoToVerdictButton'));

    expect(document.activeElement).toBe(select);
  });

  it('downloads the report as a file', async () => {
    const services = servicesWith(buildInvestigation());
    services.api.getInvestigationReport.mockResolvedValue('# Investigation of alert alert-1\n');
    const createObjectURL = jest.fn(() => 'blob:report');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage(services);

    // The button renders again, outside its "not started" tooltip, once the record loads.
    const downloadButton = () =>
      screen.getByTestId('simpleHttpInvestigationDownloadReportButton') as HTMLButtonElement;
    await waitFor(() => expect(downloadButton().disabled).toBe(false));
    await userEvent.click(downloadButton());

    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const link = click.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(link.download).toBe('investigation-alert-1.md');
    expect(link.href).toBe('blob:report');
    expect(services.api.getInvestigationReport).toHaveBeenCalledWith('default:alert-1');
    click.mockRestore();
  });
});
