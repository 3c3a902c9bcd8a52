/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { PointerEventsCheckLevel, userEvent as baseUserEvent } from '@testing-library/user-event';

import type { ExceptionRecord, ListExceptionsResponse } from '../../../common/api/exceptions';
import { RULE_IDS } from '../../../common/constants';
import { stubCanvasTextMetrics } from '../../test_helpers/canvas_text_stub';
import { createTestServices } from '../../test_helpers/create_test_services';
import { buildExceptionRecord, buildProposalRecord } from '../../test_helpers/exception_fixtures';
import { renderInApp } from '../../test_helpers/render_in_app';
import { ExceptionsPage } from './exceptions_page';

stubCanvasTextMetrics();

// The flyout is large, so checking `pointer-events` on every click walks all its styles.
const userEvent = baseUserEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

const listResponse = (
  exceptions: ExceptionRecord[],
  overrides: Partial<ListExceptionsResponse> = {}
): ListExceptionsResponse => ({
  exceptions,
  total: exceptions.length,
  page: 1,
  per_page: 25,
  proposed_total: 0,
  ...overrides,
});

const byTestId = (id: string) => screen.getByTestId(`simpleHttpInvestigation${id}`);

const renderPage = (path: string, response: ListExceptionsResponse) => {
  const services = createTestServices();
  services.api.listExceptions.mockResolvedValue(response);

  return renderInApp(<ExceptionsPage />, { services, path });
};

describe('ExceptionsPage', () => {
  it('lists exceptions readably', async () => {
    const expired = buildExceptionRecord({
      id: 'exception-2',
      name: 'Old lab',
      status: 'expired',
      expire_time: '2025-01-01T00:00:00.000Z',
      rule_ids: [RULE_IDS.pythonServer],
      entries: [{ field: 'user.name', type: 'exists', operator: 'excluded' }],
    });
    const { services } = renderPage('/exceptions', listResponse([buildExceptionRecord(), expired]));

    const row = await screen.findByTestId('simpleHttpInvestigationExceptionRow-exception-1');
    expect(within(row).getByText('Developer previews on dev-ws-07')).toBeTruthy();
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(within(row).getByText('Development or testing')).toBeTruthy();
    expect(within(row).getByText('All three rules')).toBeTruthy();
    expect(within(row).getByText('host.name is dev-ws-07')).toBeTruthy();
    expect(within(row).getByText('process.name is one of python3, python')).toBeTruthy();
    expect(within(row).getByText('Never')).toBeTruthy();
    const expiredRow = byTestId('ExceptionRow-exception-2');
    expect(within(expiredRow).getByText('Expired')).toBeTruthy();
    expect(within(expiredRow).getByText('Web Server Spawned via Python')).toBeTruthy();
    expect(within(expiredRow).getByText('user.name does not exist')).toBeTruthy();
    expect(services.api.listExceptions.mock.calls[0][0]).toEqual({
      sort_field: 'updated_at',
      sort_order: 'desc',
      page: 1,
      per_page: 25,
      category: undefined,
      search: undefined,
      status: undefined,
    });
  });

  it('keeps filters in the URL and requests them', async () => {
    const { services, history } = renderPage('/exceptions', listResponse([buildExceptionRecord()]));
    await screen.findByTestId('simpleHttpInvestigationExceptionRow-exception-1');

    await userEvent.selectOptions(byTestId('ExceptionsStatusFilter'), 'expired');
    await userEvent.selectOptions(byTestId('ExceptionsCategoryFilter'), 'training');
    await userEvent.type(byTestId('ExceptionsSearch'), 'lab{Enter}');

    expect(history.location.search).toBe('?status=expired&category=training&search=lab');
    await waitFor(() =>
      expect(services.api.listExceptions).toHaveBeenLastCalledWith(
        expect.objectContaining({ status: 'expired', category: 'training', search: 'lab' }),
        expect.anything()
      )
    );
  });

  it('pages and sorts on the server', async () => {
    const { services, history } = renderPage(
      '/exceptions',
      listResponse([buildExceptionRecord()], { total: 60 })
    );
    await screen.findByTestId('simpleHttpInvestigationExceptionRow-exception-1');

    await userEvent.click(screen.getByTestId('pagination-button-1'));

    expect(history.location.search).toBe('?page=2');
    await waitFor(() =>
      expect(services.api.listExceptions).toHaveBeenLastCalledWith(
        expect.objectContaining({ page: 2 }),
        expect.anything()
      )
    );

    await userEvent.click(screen.getByRole('button', { name: /^Name/ }));

    expect(history.location.search).toBe('?sort_field=name&sort_order=asc');
  });

  it('shows the error and retries', async () => {
    const services = createTestServices();
    services.api.listExceptions
      .mockRejectedValueOnce({
        message: 'Service Unavailable',
        body: { statusCode: 503, error: 'Service Unavailable', message: 'The engine is down' },
      })
      .mockResolvedValueOnce(listResponse([buildExceptionRecord()]));
    renderInApp(<ExceptionsPage />, { services, path: '/exceptions' });

    const callout = await screen.findByTestId('simpleHttpInvestigationExceptionsError');
    expect(within(callout).getByText('HTTP 503: The engine is down')).toBeTruthy();

    await userEvent.click(within(callout).getByTestId('simpleHttpInvestigationRetryButton'));

    expect(
      await screen.findByTestId('simpleHttpInvestigationExceptionRow-exception-1')
    ).toBeTruthy();
  });

  it('shows an empty list', async () => {
    renderPage('/exceptions', listResponse([]));

    const prompt = await screen.findByTestId('simpleHttpInvestigationExceptionsEmptyPrompt');
    expect(within(prompt).getByText('No exceptions yet')).toBeTruthy();
  });

  it('lists proposals with the count waiting', async () => {
    const { services, history } = renderPage(
      '/exceptions',
      listResponse([buildExceptionRecord()], { proposed_total: 2 })
    );
    expect((await screen.findByTestId('simpleHttpInvestigationProposalsCount')).textContent).toBe(
      '2'
    );
    services.api.listExceptions.mockResolvedValue(
      listResponse([buildProposalRecord()], { proposed_total: 1 })
    );

    await userEvent.click(byTestId('ProposalsTab'));

    expect(history.location.search).toBe('?view=proposals');
    const row = await screen.findByTestId('simpleHttpInvestigationExceptionRow-proposal-1');
    expect(within(row).getByText('alice')).toBeTruthy();
    const alertLink = within(row).getByTestId(
      'simpleHttpInvestigationProposalAlertLink-proposal-1'
    );
    expect(alertLink.getAttribute('href')).toBe('/alerts/alert-1');
    expect(services.api.listExceptions).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 'proposed' }),
      expect.anything()
    );
    expect(screen.queryByTestId('simpleHttpInvestigationExceptionsStatusFilter')).toBeNull();
  });

  it('accepts a proposal from the queue', async () => {
    const { services } = renderPage(
      '/exceptions?view=proposals',
      listResponse([buildProposalRecord()], { proposed_total: 1 })
    );
    services.api.acceptException.mockResolvedValue(
      buildProposalRecord({ state: 'active', status: 'active' })
    );

    await userEvent.click(
      await screen.findByTestId('simpleHttpInvestigationExceptionOpen-proposal-1')
    );
    const accept = byTestId('ExceptionAcceptButton');
    await waitFor(() => expect(accept.hasAttribute('disabled')).toBe(false));
    await userEvent.click(accept);
    await userEvent.click(byTestId('ConfirmModalConfirmButton'));

    await waitFor(() =>
      expect(screen.queryByTestId('simpleHttpInvestigationExceptionFlyout')).toBeNull()
    );
    expect(services.api.acceptException.mock.calls[0][0]).toBe('proposal-1');
    expect(services.api.listExceptions).toHaveBeenCalledTimes(2);
    expect(services.toasts.addSuccess.mock.calls[0][0].title).toBe(
      'Proposal accepted; the exception is active'
    );
  });

  it('rejects a proposal from the queue', async () => {
    const { services } = renderPage(
      '/exceptions?view=proposals',
      listResponse([buildProposalRecord()], { proposed_total: 1 })
    );
    services.api.rejectException.mockResolvedValue(
      buildProposalRecord({ state: 'rejected', status: 'rejected' })
    );

    await userEvent.click(
      await screen.findByTestId('simpleHttpInvestigationExceptionOpen-proposal-1')
    );
    await userEvent.click(byTestId('ExceptionRejectButton'));
    await userEvent.click(byTestId('DecisionComment'));
    await userEvent.paste('Too broad');
    await userEvent.click(byTestId('ConfirmModalConfirmButton'));

    await waitFor(() =>
      expect(screen.queryByTestId('simpleHttpInvestigationExceptionFlyout')).toBeNull()
    );
    expect(services.api.rejectException).toHaveBeenCalledWith(
      'proposal-1',
      'WzEsMV0=',
      'Too broad'
    );
    expect(services.api.listExceptions).toHaveBeenCalledTimes(2);
  });
});
