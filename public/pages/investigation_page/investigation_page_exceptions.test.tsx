/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { ExceptionSummary } from '../../../common/api/exceptions';
import type { Investigation } from '../../../common/api/investigations';
import {
  buildChecklists,
  buildEvidence,
  buildInvestigation,
} from '../../test_helpers/alert_fixtures';
import { createTestServices, type TestServices } from '../../test_helpers/create_test_services';
import { renderInApp } from '../../test_helpers/render_in_app';
import { InvestigationPage } from './investigation_page';

const BUTTON_TEST_ID = 'simpleHttpInvestigationProposeExceptionButton';

const FALSE_POSITIVE = buildInvestigation({
  verdict: 'false_positive',
  false_positive_category: 'internal_tool',
  closing_reason: 'The metrics team serves reports from this host.',
});

const summary = (overrides: Partial<ExceptionSummary>): ExceptionSummary => ({
  id: 'exception-1',
  name: 'Metrics reports',
  category: 'internal_tool',
  status: 'active',
  expire_time: null,
  ...overrides,
});

const servicesWith = (investigation: Investigation): TestServices => {
  const services = createTestServices();
  services.api.getAlertEvidence.mockResolvedValue(buildEvidence());
  services.api.getAlertChecklists.mockResolvedValue(buildChecklists());
  services.api.getInvestigation.mockResolvedValue(investigation);

  return services;
};

const renderPage = (services: TestServices) =>
  renderInApp(<InvestigationPage alertId="alert-1" />, { services, path: '/alerts/alert-1' });

const getButton = () => screen.getByTestId(BUTTON_TEST_ID) as HTMLButtonElement;

/** Waits for the button to turn enabled, which renders it again outside its tooltip. */
const findEnabledButton = async () => {
  await waitFor(() => expect(getButton().disabled).toBe(false));

  return getButton();
};

describe('InvestigationPage exceptions', () => {
  it('names the matching exceptions', async () => {
    const services = servicesWith(buildInvestigation());
    services.api.getAlertExceptions.mockResolvedValue({ matches: [summary({})], proposals: [] });

    renderPage(services);

    const callout = await screen.findByTestId('simpleHttpInvestigationAlertExceptionMatches');
    expect(within(callout).getByText('Metrics reports')).toBeTruthy();
    expect(services.api.getAlertExceptions).toHaveBeenCalledWith('alert-1', expect.anything());
  });

  it('disables proposing without a benign verdict', async () => {
    const services = servicesWith(buildInvestigation({ verdict: 'true_positive' }));
    renderPage(services);

    await screen.findByTestId('simpleHttpInvestigationStartedBy');
    await waitFor(() => expect(services.api.getAlertExceptions).toHaveBeenCalled());

    expect(getButton().disabled).toBe(true);
  });

  it('enables proposing for a false positive', async () => {
    renderPage(servicesWith(FALSE_POSITIVE));

    expect((await findEnabledButton()).textContent).toBe('Propose exception');
  });

  it('shows the waiting proposal', async () => {
    const services = servicesWith(FALSE_POSITIVE);
    const waiting = summary({
      id: 'proposal-1',
      name: 'Internal tool on web-01',
      status: 'proposed',
    });
    services.api.getAlertExceptions.mockResolvedValue({ matches: [], proposals: [waiting] });

    renderPage(services);

    const proposal = await screen.findByTestId('simpleHttpInvestigationAlertProposal-proposal-1');
    expect(within(proposal).getByText('Proposed')).toBeTruthy();
    expect(within(proposal).getByText('Internal tool on web-01')).toBeTruthy();
    expect(getButton().disabled).toBe(true);
    await screen.findByTestId('simpleHttpInvestigationStartedBy');
    await userEvent.hover(getButton().parentElement ?? getButton());
    expect((await screen.findByRole('tooltip')).textContent).toBe(
      'The proposal "Internal tool on web-01" from this alert is waiting for an admin.'
    );
  });
});
