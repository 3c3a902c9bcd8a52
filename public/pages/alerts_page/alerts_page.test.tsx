/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { buildAlertListItem } from '../../test_helpers/alert_fixtures';
import { createTestServices } from '../../test_helpers/create_test_services';
import { renderInApp } from '../../test_helpers/render_in_app';
import { AlertsPage } from './alerts_page';

const listResponse = (count: number) => ({
  alerts: Array.from({ length: count }, (_, index) =>
    buildAlertListItem({ id: `alert-${index + 1}`, host_name: `web-0${index + 1}` })
  ),
  total: count,
  page: 1,
  per_page: 25,
});

describe('AlertsPage', () => {
  const setWindowWidth = (width: number) => {
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
    act(() => {
      window.dispatchEvent(new Event('resize'));
    });
  };
  const defaultWindowWidth = window.innerWidth;

  afterEach(() => setWindowWidth(defaultWindowWidth));

  it('renders a row per alert', async () => {
    setWindowWidth(1440);
    const services = createTestServices();
    services.api.listAlerts.mockResolvedValue(listResponse(2));

    renderInApp(<AlertsPage />, { services });

    const link = await screen.findByTestId('simpleHttpInvestigationAlertRowLink-alert-1');
    const table = screen.getByTestId('simpleHttpInvestigationAlertsTable');
    const row = screen.getByTestId('simpleHttpInvestigationAlertRow-alert-2');

    expect(link).toBeTruthy();
    expect(within(table).getAllByText('Simple HTTP Web Server Connection')).toHaveLength(2);
    expect(within(row).getByText('web-02')).toBeTruthy();
    expect(within(row).getAllByText('python3 -m http.server --cgi 8000').length).toBeGreaterThan(0);
    expect(within(row).getByText('8000')).toBeTruthy();
  });

  it('narrow window hides minor columns', async () => {
    setWindowWidth(1024);
    const services = createTestServices();
    services.api.listAlerts.mockResolvedValue(listResponse(1));

    renderInApp(<AlertsPage />, { services });

    const table = await screen.findByTestId('simpleHttpInvestigationAlertsTable');
    const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent);
    expect(headers.some((text) => text?.includes('Rule'))).toBe(true);
    expect(headers.some((text) => text?.includes('Port'))).toBe(false);
    expect(headers.some((text) => text?.includes('Served directory'))).toBe(false);
  });

  it('requests the default query', async () => {
    const services = createTestServices();
    services.api.listAlerts.mockResolvedValue(listResponse(0));

    renderInApp(<AlertsPage />, { services });

    await waitFor(() => expect(services.api.listAlerts).toHaveBeenCalled());
    expect(services.api.listAlerts.mock.calls[0][0]).toMatchObject({
      start: 'now-30d',
      end: 'now',
      sort_field: 'timestamp',
      sort_order: 'desc',
      page: 1,
      per_page: 25,
    });
  });

  it('shows the empty prompt', async () => {
    const services = createTestServices();
    services.api.listAlerts.mockResolvedValue(listResponse(0));

    renderInApp(<AlertsPage />, { services });

    expect(await screen.findByTestId('simpleHttpInvestigationAlertsEmptyPrompt')).toBeTruthy();
    expect(screen.getByText('No alerts in this period')).toBeTruthy();
    expect(screen.getByTestId('simpleHttpInvestigationWidenRangeButton')).toBeTruthy();
  });

  it('empty prompt names active filters', async () => {
    const services = createTestServices();
    services.api.listAlerts.mockResolvedValue(listResponse(0));

    renderInApp(<AlertsPage />, { services, path: '/?status=open' });

    expect(await screen.findByTestId('simpleHttpInvestigationAlertsEmptyPrompt')).toBeTruthy();
    expect(screen.getByText('No alerts match the filters')).toBeTruthy();
    expect(screen.queryByText('No alerts in this period')).toBeNull();
    expect(screen.getByTestId('simpleHttpInvestigationClearFiltersButton')).toBeTruthy();
  });

  it('shows the error and retries', async () => {
    const services = createTestServices();
    services.api.listAlerts
      .mockRejectedValueOnce({
        message: 'Service Unavailable',
        body: {
          statusCode: 503,
          error: 'Service Unavailable',
          message: 'Elasticsearch is unreachable',
        },
      })
      .mockResolvedValueOnce(listResponse(1));

    renderInApp(<AlertsPage />, { services });

    const callout = await screen.findByTestId('simpleHttpInvestigationAlertsError');
    expect(within(callout).getByText('HTTP 503: Elasticsearch is unreachable')).toBeTruthy();

    await userEvent.click(within(callout).getByTestId('simpleHttpInvestigationRetryButton'));

    expect(await screen.findByTestId('simpleHttpInvestigationAlertRowLink-alert-1')).toBeTruthy();
    expect(screen.queryByTestId('simpleHttpInvestigationAlertsError')).toBeNull();
  });

  it('status filter updates URL and request', async () => {
    const services = createTestServices();
    services.api.listAlerts.mockResolvedValue(listResponse(1));

    const { history } = renderInApp(<AlertsPage />, { services });
    await screen.findByTestId('simpleHttpInvestigationAlertRowLink-alert-1');

    const statusFilter = screen.getByTestId('simpleHttpInvestigationStatusFilter');
    await userEvent.selectOptions(statusFilter, 'closed');

    expect(history.location.search).toBe('?status=closed');
    await waitFor(() =>
      expect(services.api.listAlerts).toHaveBeenLastCalledWith(
        expect.objectContaining({ status: 'closed', page: 1 }),
        expect.anything()
      )
    );
  });

  it('applies the search on Enter', async () => {
    const services = createTestServices();
    services.api.listAlerts.mockResolvedValue(listResponse(1));

    const { history } = renderInApp(<AlertsPage />, { services, path: '/?page=2' });
    await screen.findByTestId('simpleHttpInvestigationAlertRowLink-alert-1');

    const searchField = screen.getByTestId('simpleHttpInvestigationSearchField');
    await userEvent.type(searchField, 'www-data{Enter}');

    expect(history.location.search).toBe('?search=www-data');
  });

  it('row link opens investigation page', async () => {
    const services = createTestServices();
    services.api.listAlerts.mockResolvedValue(listResponse(1));

    const { history } = renderInApp(<AlertsPage />, { services, path: '/?host=web-01' });
    await userEvent.click(await screen.findByTestId('simpleHttpInvestigationAlertRowLink-alert-1'));

    expect(history.location.pathname).toBe('/alerts/alert-1');
    expect(history.location.state).toEqual({ alertsSearch: '?host=web-01' });
  });

  it('shows investigation status and assignee', async () => {
    const services = createTestServices();
    services.api.listAlerts.mockResolvedValue({
      alerts: [
        buildAlertListItem({ id: 'alert-1', investigation_status: 'submitted', assignee: 'bob' }),
        buildAlertListItem({ id: 'alert-2' }),
      ],
      total: 2,
      page: 1,
      per_page: 25,
    });

    renderInApp(<AlertsPage />, { services });

    const submittedRow = await screen.findByTestId('simpleHttpInvestigationAlertRow-alert-1');
    const newRow = screen.getByTestId('simpleHttpInvestigationAlertRow-alert-2');
    const badgeTestId = 'simpleHttpInvestigationInvestigationStatusBadge';

    expect(within(submittedRow).getByTestId(badgeTestId).textContent).toBe('Submitted');
    expect(within(submittedRow).getByText('bob')).toBeTruthy();
    expect(within(newRow).getByTestId(badgeTestId).textContent).toBe('Not started');
  });

  it('filters alerts nobody investigates', async () => {
    const services = createTestServices();
    services.api.listAlerts.mockResolvedValue(listResponse(1));

    const { history } = renderInApp(<AlertsPage />, { services });
    await screen.findByTestId('simpleHttpInvestigationAlertRowLink-alert-1');

    await userEvent.selectOptions(
      screen.getByTestId('simpleHttpInvestigationInvestigationStatusFilter'),
      'none'
    );

    expect(history.location.search).toBe('?investigation_status=none');
    await waitFor(() =>
      expect(services.api.listAlerts).toHaveBeenLastCalledWith(
        expect.objectContaining({ investigation_status: 'none' }),
        expect.anything()
      )
    );
  });

  it('exceptions filter updates URL and request', async () => {
    const services = createTestServices();
    services.api.listAlerts.mockResolvedValue(listResponse(1));

    const { history } = renderInApp(<AlertsPage />, { services, path: '/?page=2' });
    await screen.findByTestId('simpleHttpInvestigationAlertRowLink-alert-1');

    await userEvent.selectOptions(
      screen.getByTestId('simpleHttpInvestigationExceptionsFilter'),
      'hide'
    );

    expect(history.location.search).toBe('?exceptions=hide');
    await waitFor(() =>
      expect(services.api.listAlerts).toHaveBeenLastCalledWith(
        expect.objectContaining({ exceptions: 'hide', page: 1 }),
        expect.anything()
      )
    );
  });

  it('clears the exceptions filter from the empty prompt', async () => {
    const services = createTestServices();
    services.api.listAlerts.mockResolvedValue(listResponse(0));

    const { history } = renderInApp(<AlertsPage />, { services, path: '/?exceptions=only' });

    await userEvent.click(await screen.findByTestId('simpleHttpInvestigationClearFiltersButton'));

    expect(history.location.search).toBe('');
  });

  it('marks rows that an exception matches', async () => {
    const services = createTestServices();
    const exception = {
      id: 'exception-1',
      name: 'Developer previews',
      category: 'development_or_testing' as const,
      status: 'active' as const,
      expire_time: null,
    };
    services.api.listAlerts.mockResolvedValue({
      alerts: [
        buildAlertListItem({ id: 'alert-1', exceptions: [exception] }),
        buildAlertListItem({ id: 'alert-2' }),
      ],
      total: 2,
      page: 1,
      per_page: 25,
    });

    renderInApp(<AlertsPage />, { services });

    const matchedRow = await screen.findByTestId('simpleHttpInvestigationAlertRow-alert-1');
    const otherRow = screen.getByTestId('simpleHttpInvestigationAlertRow-alert-2');
    const badgeTestId = 'simpleHttpInvestigationExceptionBadge';

    expect(within(matchedRow).getByTestId(badgeTestId).textContent).toBe('Developer previews');
    expect(within(otherRow).queryByTestId(badgeTestId)).toBeNull();

    // The badge sits under the workflow status, which is in view without scrolling sideways.
    const statusCell = within(matchedRow)
      .getByTestId('simpleHttpInvestigationWorkflowStatusBadge')
      .closest('td');
    expect(statusCell).not.toBeNull();
    expect(within(statusCell as HTMLElement).getByTestId(badgeTestId)).toBeTruthy();
  });

  it('filters by assignee from the URL', async () => {
    const services = createTestServices();
    services.api.listAlerts.mockResolvedValue(listResponse(1));

    renderInApp(<AlertsPage />, { services, path: '/?assignee=bob' });
    await screen.findByTestId('simpleHttpInvestigationAlertRowLink-alert-1');

    const assigneeFilter = screen.getByTestId(
      'simpleHttpInvestigationAssigneeFilter'
    ) as HTMLInputElement;
    expect(assigneeFilter.value).toBe('bob');
    expect(services.api.listAlerts.mock.calls[0][0]).toMatchObject({ assignee: 'bob' });
  });

  it('links to the review queue', async () => {
    const services = createTestServices();
    services.api.listAlerts.mockResolvedValue(listResponse(0));

    const { history } = renderInApp(<AlertsPage />, { services });

    await userEvent.click(await screen.findByTestId('simpleHttpInvestigationReviewNavLink'));

    expect(history.location.pathname).toBe('/review');
  });
});
