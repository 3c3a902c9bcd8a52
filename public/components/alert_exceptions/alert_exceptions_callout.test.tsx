/** @jest-environment jsdom */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { AlertExceptionsResponse, ExceptionSummary } from '../../../common/api/exceptions';
import { createTestServices } from '../../test_helpers/create_test_services';
import { buildProposalRecord } from '../../test_helpers/exception_fixtures';
import { renderInApp } from '../../test_helpers/render_in_app';
import { AlertExceptionsCallout } from './alert_exceptions_callout';

const summary = (overrides: Partial<ExceptionSummary>): ExceptionSummary => ({
  id: 'exception-1',
  name: 'Developer previews on dev-ws-07',
  category: 'development_or_testing',
  status: 'active',
  expire_time: null,
  ...overrides,
});

const renderCallout = (
  exceptions: AlertExceptionsResponse | undefined,
  error: { statusCode: number | null; message: string } | null = null
) => {
  const onRetry = jest.fn();
  const result = renderInApp(
    <AlertExceptionsCallout exceptions={exceptions} error={error} onRetry={onRetry} />,
    { path: '/alerts/alert-1' }
  );

  return { ...result, onRetry };
};

describe('AlertExceptionsCallout', () => {
  it('renders nothing without exceptions', () => {
    const { container } = renderCallout({ matches: [], proposals: [] });

    expect(container.textContent).toBe('');
  });

  it('renders nothing while loading', () => {
    const { container } = renderCallout(undefined);

    expect(container.textContent).toBe('');
  });

  it('names the matching exceptions', () => {
    renderCallout({
      matches: [summary({}), summary({ id: 'exception-2', name: 'Nightly reports' })],
      proposals: [],
    });

    const callout = screen.getByTestId('simpleHttpInvestigationAlertExceptionMatches');
    expect(within(callout).getByText('2 active exceptions match this alert')).toBeTruthy();
    expect(
      within(callout).getByTestId('simpleHttpInvestigationAlertExceptionLink-exception-2')
        .textContent
    ).toBe('Nightly reports');
    expect(screen.queryByTestId('simpleHttpInvestigationAlertProposals')).toBeNull();
  });

  it('says one exception matches', () => {
    renderCallout({ matches: [summary({})], proposals: [] });

    expect(screen.getByText('An active exception matches this alert')).toBeTruthy();
    expect(screen.getByText(/Development or testing\. Never expires/)).toBeTruthy();
  });

  it('links to the Exceptions page', async () => {
    const { history } = renderCallout({ matches: [summary({})], proposals: [] });

    await userEvent.click(
      screen.getByTestId('simpleHttpInvestigationAlertExceptionLink-exception-1')
    );

    expect(history.location.pathname).toBe('/exceptions');
  });

  it('lists proposals with their status', async () => {
    const services = createTestServices();
    services.api.getException.mockResolvedValue(
      buildProposalRecord({
        state: 'rejected',
        status: 'rejected',
        decision: { decided_by: 'admin', decided_at: '2025-01-12T08:00:00.000Z', comment: null },
      })
    );
    const exceptions = {
      matches: [],
      proposals: [
        summary({ id: 'proposal-1', name: 'First try', status: 'rejected' }),
        summary({ id: 'proposal-2', name: 'Second try', status: 'proposed' }),
      ],
    };
    renderInApp(
      <AlertExceptionsCallout exceptions={exceptions} error={null} onRetry={jest.fn()} />,
      { services }
    );

    const rejected = screen.getByTestId('simpleHttpInvestigationAlertProposal-proposal-1');
    const waiting = screen.getByTestId('simpleHttpInvestigationAlertProposal-proposal-2');
    const badgeTestId = 'simpleHttpInvestigationExceptionStatusBadge';

    expect(within(rejected).getByTestId(badgeTestId).textContent).toBe('Rejected');
    expect(within(rejected).getByText('First try')).toBeTruthy();
    expect(within(waiting).getByTestId(badgeTestId).textContent).toBe('Proposed');
    expect(screen.queryByTestId('simpleHttpInvestigationAlertExceptionMatches')).toBeNull();
    expect(await within(rejected).findByText(/^Decided by admin on /)).toBeTruthy();
    expect(within(rejected).queryByText(/Comment:/)).toBeNull();
    expect(within(waiting).queryByText(/Decided by/)).toBeNull();
  });

  it('shows who rejected a proposal and why', async () => {
    const services = createTestServices();
    services.api.getException.mockResolvedValue(
      buildProposalRecord({
        state: 'rejected',
        status: 'rejected',
        decision: {
          decided_by: 'admin',
          decided_at: '2025-01-12T08:00:00.000Z',
          comment: 'The lab closed last year',
        },
      })
    );

    renderInApp(
      <AlertExceptionsCallout
        exceptions={{
          matches: [],
          proposals: [summary({ id: 'proposal-1', name: 'Lab classes', status: 'rejected' })],
        }}
        error={null}
        onRetry={jest.fn()}
      />,
      { services }
    );

    const rejected = screen.getByTestId('simpleHttpInvestigationAlertProposal-proposal-1');
    expect(await within(rejected).findByText(/^Decided by admin on /)).toBeTruthy();
    expect(within(rejected).getByText(/Comment: The lab closed last year/)).toBeTruthy();
    expect(services.api.getException.mock.calls[0][0]).toBe('proposal-1');
  });

  it('reads no decision of a waiting proposal', async () => {
    const services = createTestServices();

    renderInApp(
      <AlertExceptionsCallout
        exceptions={{ matches: [], proposals: [summary({ status: 'proposed' })] }}
        error={null}
        onRetry={jest.fn()}
      />,
      { services }
    );
    // Lets the panel's request for decided proposals, of which there are none, settle.
    await act(() => Promise.resolve());

    expect(services.api.getException).not.toHaveBeenCalled();
  });

  it('says the matches apply to the alert', () => {
    renderCallout({ matches: [summary({})], proposals: [] });

    expect(screen.getByText(/^These active exceptions apply to this alert\./)).toBeTruthy();
  });

  it('shows the error and retries', async () => {
    const { onRetry } = renderCallout(undefined, { statusCode: 503, message: 'Unavailable' });

    const callout = screen.getByTestId('simpleHttpInvestigationAlertExceptionsError');
    await userEvent.click(within(callout).getByTestId('simpleHttpInvestigationRetryButton'));

    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
