/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { AlertEvidence } from '../../../common/api/evidence';
import {
  buildChecklists,
  buildEvidence,
  buildInvestigation,
} from '../../test_helpers/alert_fixtures';
import { createTestServices, type TestServices } from '../../test_helpers/create_test_services';
import { renderInApp } from '../../test_helpers/render_in_app';
import { ReviewInvestigationPage } from './review_investigation_page';

const submitted = buildInvestigation({
  status: 'submitted',
  verdict: 'false_positive',
  false_positive_category: 'development_or_testing',
  closing_reason: 'A developer tested a page.',
  submitted_at: '2025-01-10T12:00:00.000Z',
});

const closedEvidence = (): AlertEvidence => {
  const evidence = buildEvidence();
  evidence.alert.workflow_status = 'closed';

  return evidence;
};

const setup = (): TestServices => {
  const services = createTestServices();
  services.api.getAlertEvidence
    .mockResolvedValueOnce(buildEvidence())
    .mockResolvedValue(closedEvidence());
  services.api.getAlertChecklists.mockResolvedValue(buildChecklists());
  services.api.getInvestigation.mockResolvedValue(submitted);

  return services;
};

const renderPage = (services: TestServices) =>
  renderInApp(<ReviewInvestigationPage alertId="alert-1" />, {
    services,
    path: '/review/alert-1',
  });

const confirmButton = () =>
  screen.getByTestId('simpleHttpInvestigationConfirmModalConfirmButton') as HTMLButtonElement;

describe('ReviewInvestigationPage', () => {
  it('shows the investigation read-only', async () => {
    renderPage(setup());

    const summary = await screen.findByTestId('simpleHttpInvestigationReviewSummary');
    const step = (await screen.findByTestId(
      'simpleHttpInvestigationChecklistStep-investigation-1'
    )) as HTMLInputElement;

    expect(within(summary).getByText('A developer tested a page.')).toBeTruthy();
    expect(within(summary).getByText('Development or testing')).toBeTruthy();
    expect(step.disabled).toBe(true);
    expect(screen.getByTestId('simpleHttpInvestigationEvidencePanel-children')).toBeTruthy();
    expect(screen.getByTestId('simpleHttpInvestigationBackToAlerts').textContent).toBe(
      'Back to review queue'
    );
  });

  it('approves with a comment', async () => {
    const services = setup();
    services.api.approveInvestigation.mockResolvedValue(
      buildInvestigation({ ...submitted, status: 'approved', version: 'v2', reviewed_by: 'lead' })
    );
    renderPage(services);

    await userEvent.click(await screen.findByTestId('simpleHttpInvestigationApproveButton'));
    await userEvent.type(
      screen.getByTestId('simpleHttpInvestigationReviewCommentField'),
      'Confirmed with the team.'
    );
    await userEvent.click(confirmButton());

    const summary = screen.getByTestId('simpleHttpInvestigationReviewSummary');
    await waitFor(() =>
      expect(
        within(summary)
          .getByTestId('simpleHttpInvestigationInvestigationStatusBadge')
          .getAttribute('data-investigation-status')
      ).toBe('approved')
    );
    expect(services.api.approveInvestigation).toHaveBeenCalledWith(
      'alert-1',
      'v1',
      'Confirmed with the team.'
    );
    expect(services.toasts.addSuccess.mock.calls[0][0].title).toBe('Investigation approved');
    expect(screen.queryByTestId('simpleHttpInvestigationApproveButton')).toBeNull();
    await waitFor(() =>
      expect(
        screen
          .getByTestId('simpleHttpInvestigationWorkflowStatusBadge')
          .getAttribute('data-workflow-status')
      ).toBe('closed')
    );
  });

  it('return needs a comment', async () => {
    const services = setup();
    services.api.returnInvestigation.mockResolvedValue(
      buildInvestigation({ ...submitted, status: 'returned', version: 'v2' })
    );
    renderPage(services);

    await userEvent.click(await screen.findByTestId('simpleHttpInvestigationReturnButton'));

    expect(confirmButton().disabled).toBe(true);

    const commentField = screen.getByTestId('simpleHttpInvestigationReviewCommentField');
    await userEvent.type(commentField, '   ');
    await userEvent.tab();
    expect(
      screen.getByText('A return needs a comment that says what to change.')
    ).toBeTruthy();
    expect(confirmButton().disabled).toBe(true);

    await userEvent.type(commentField, 'Check the outbound connections.');
    await userEvent.click(confirmButton());

    await waitFor(() =>
      expect(services.api.returnInvestigation).toHaveBeenCalledWith(
        'alert-1',
        'v1',
        'Check the outbound connections.'
      )
    );
    await waitFor(() =>
      expect(screen.queryByTestId('simpleHttpInvestigationConfirmModal')).toBeNull()
    );
    expect(services.toasts.addSuccess.mock.calls[0][0].title).toBe(
      'Investigation returned to the analyst'
    );
  });

  it('keeps the dialog open on failure', async () => {
    const services = setup();
    services.api.approveInvestigation.mockRejectedValue({
      message: 'Bad Request',
      body: { statusCode: 400, error: 'Bad Request', message: 'Only submitted can be approved' },
    });
    renderPage(services);

    await userEvent.click(await screen.findByTestId('simpleHttpInvestigationApproveButton'));
    await userEvent.click(confirmButton());

    await waitFor(() => expect(services.toasts.addError).toHaveBeenCalledTimes(1));
    expect(services.toasts.addError.mock.calls[0][0].message).toBe(
      'Only submitted can be approved'
    );
    expect(screen.getByTestId('simpleHttpInvestigationConfirmModal')).toBeTruthy();
  });

  it('shows the current record after a conflict', async () => {
    const services = setup();
    const current = buildInvestigation({ ...submitted, status: 'returned', version: 'v5' });
    services.api.approveInvestigation.mockRejectedValue({
      message: 'Conflict',
      body: {
        statusCode: 409,
        error: 'Conflict',
        message: 'The investigation changed',
        attributes: { current },
      },
    });
    renderPage(services);

    await userEvent.click(await screen.findByTestId('simpleHttpInvestigationApproveButton'));
    await userEvent.click(confirmButton());

    await waitFor(() => expect(services.toasts.addDanger).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('simpleHttpInvestigationConfirmModal')).toBeNull();
    expect(screen.queryByTestId('simpleHttpInvestigationApproveButton')).toBeNull();
    const summary = screen.getByTestId('simpleHttpInvestigationReviewSummary');
    expect(
      within(summary)
        .getByTestId('simpleHttpInvestigationInvestigationStatusBadge')
        .getAttribute('data-investigation-status')
    ).toBe('returned');
  });

  it('says when no investigation exists', async () => {
    const services = createTestServices();
    services.api.getAlertEvidence.mockResolvedValue(buildEvidence());
    services.api.getInvestigation.mockRejectedValue({
      message: 'Not Found',
      body: { statusCode: 404, error: 'Not Found', message: 'No investigation' },
    });

    renderPage(services);

    expect(await screen.findByTestId('simpleHttpInvestigationReviewNotFound')).toBeTruthy();
  });
});
