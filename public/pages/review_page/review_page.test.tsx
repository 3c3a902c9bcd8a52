/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { buildInvestigation } from '../../test_helpers/alert_fixtures';
import { createTestServices } from '../../test_helpers/create_test_services';
import { renderInApp } from '../../test_helpers/render_in_app';
import { ReviewPage } from './review_page';

const queueResponse = (count: number) => ({
  investigations: Array.from({ length: count }, (_, index) =>
    buildInvestigation({
      id: `default:alert-${index + 1}`,
      alert_id: `alert-${index + 1}`,
      status: 'submitted',
      verdict: 'false_positive',
      submitted_at: '2025-01-10T12:00:00.000Z',
    })
  ),
  total: count,
  page: 1,
  per_page: 25,
});

describe('ReviewPage', () => {
  it('requests submitted, oldest first', async () => {
    const services = createTestServices();
    services.api.listInvestigations.mockResolvedValue(queueResponse(2));

    renderInApp(<ReviewPage />, { services, path: '/review' });

    const row = await screen.findByTestId('simpleHttpInvestigationReviewRow-alert-2');
    expect(within(row).getByText('alice')).toBeTruthy();
    expect(within(row).getByText('False positive')).toBeTruthy();
    expect(services.api.listInvestigations.mock.calls[0][0]).toMatchObject({
      status: 'submitted',
      sort_field: 'submitted_at',
      sort_order: 'asc',
      page: 1,
      per_page: 25,
    });
  });

  it('row link opens the review page', async () => {
    const services = createTestServices();
    services.api.listInvestigations.mockResolvedValue(queueResponse(1));

    const { history } = renderInApp(<ReviewPage />, {
      services,
      path: '/review?analyst=alice',
    });
    await userEvent.click(await screen.findByTestId('simpleHttpInvestigationReviewRowLink-alert-1'));

    expect(history.location.pathname).toBe('/review/alert-1');
    expect(history.location.state).toEqual({ reviewSearch: '?analyst=alice' });
  });

  it('"all" status drops the filter', async () => {
    const services = createTestServices();
    services.api.listInvestigations.mockResolvedValue(queueResponse(1));

    const { history } = renderInApp(<ReviewPage />, { services, path: '/review' });
    await screen.findByTestId('simpleHttpInvestigationReviewRowLink-alert-1');

    await userEvent.selectOptions(
      screen.getByTestId('simpleHttpInvestigationReviewStatusFilter'),
      'all'
    );

    expect(history.location.search).toBe('?status=all');
    await waitFor(() => expect(services.api.listInvestigations).toHaveBeenCalledTimes(2));
    expect(services.api.listInvestigations.mock.calls[1][0].status).toBeUndefined();
  });

  it('verdict and time filters reach the request', async () => {
    const services = createTestServices();
    services.api.listInvestigations.mockResolvedValue(queueResponse(1));

    const { history } = renderInApp(<ReviewPage />, { services, path: '/review' });
    await screen.findByTestId('simpleHttpInvestigationReviewRowLink-alert-1');

    await userEvent.selectOptions(
      screen.getByTestId('simpleHttpInvestigationReviewVerdictFilter'),
      'true_positive'
    );
    await userEvent.selectOptions(
      screen.getByTestId('simpleHttpInvestigationReviewUpdatedFilter'),
      'now-7d'
    );

    expect(history.location.search).toBe('?verdict=true_positive&start=now-7d');
    await waitFor(() =>
      expect(services.api.listInvestigations).toHaveBeenLastCalledWith(
        expect.objectContaining({ verdict: 'true_positive', start: 'now-7d' }),
        expect.anything()
      )
    );
  });

  it('shows an empty queue', async () => {
    const services = createTestServices();
    services.api.listInvestigations.mockResolvedValue(queueResponse(0));

    renderInApp(<ReviewPage />, { services, path: '/review' });

    const prompt = await screen.findByTestId('simpleHttpInvestigationReviewEmptyPrompt');
    expect(within(prompt).getByText('Nothing to review')).toBeTruthy();
    expect(screen.queryByTestId('simpleHttpInvestigationReviewClearFilters')).toBeNull();
  });

  it('shows the error and retries', async () => {
    const services = createTestServices();
    services.api.listInvestigations
      .mockRejectedValueOnce({
        message: 'Service Unavailable',
        body: { statusCode: 503, error: 'Service Unavailable', message: 'The engine is down' },
      })
      .mockResolvedValueOnce(queueResponse(1));

    renderInApp(<ReviewPage />, { services, path: '/review' });

    const callout = await screen.findByTestId('simpleHttpInvestigationReviewQueueError');
    expect(within(callout).getByText('HTTP 503: The engine is down')).toBeTruthy();

    await userEvent.click(within(callout).getByTestId('simpleHttpInvestigationRetryButton'));

    expect(await screen.findByTestId('simpleHttpInvestigationReviewRowLink-alert-1')).toBeTruthy();
  });
});
