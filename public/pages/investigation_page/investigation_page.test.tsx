/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { EVIDENCE_PANEL_IDS } from '../../../common/api/checklists';
import { buildChecklists, buildEvidence } from '../../test_helpers/alert_fixtures';
import { createTestServices, type TestServices } from '../../test_helpers/create_test_services';
import { renderInApp } from '../../test_helpers/render_in_app';
import { InvestigationPage } from './investigation_page';

const renderPage = (services: TestServices, state?: { alertsSearch: string }) => {
  const result = renderInApp(<InvestigationPage alertId="alert-1" />, {
    services,
    path: '/alerts/alert-1',
  });

  if (state) {
    act(() => result.history.replace({ pathname: '/alerts/alert-1', state }));
  }

  return result;
};

const notFound = {
  message: 'Not Found',
  body: { statusCode: 404, error: 'Not Found', message: 'No investigation for alert alert-1' },
};

/** Services for alert-1 with evidence, checklists and no investigation started yet. */
const servicesWithEvidence = (): TestServices => {
  const services = createTestServices();
  services.api.getAlertEvidence.mockResolvedValue(buildEvidence());
  services.api.getAlertChecklists.mockResolvedValue(buildChecklists());
  services.api.getInvestigation.mockRejectedValue(notFound);

  return services;
};

describe('InvestigationPage', () => {
  it('renders header and evidence panels', async () => {
    renderPage(servicesWithEvidence());

    expect(await screen.findByTestId('simpleHttpInvestigationAlertHeader')).toBeTruthy();
    expect(screen.getAllByText('Simple HTTP Web Server Connection').length).toBeGreaterThan(0);

    for (const panelId of EVIDENCE_PANEL_IDS) {
      expect(screen.getByTestId(`simpleHttpInvestigationEvidencePanel-${panelId}`)).toBeTruthy();
    }
  });

  it('flags the shell child process', async () => {
    renderPage(servicesWithEvidence());

    const shellRow = await screen.findByTestId('simpleHttpInvestigationChildProcess-child-sh');
    const otherRow = screen.getByTestId('simpleHttpInvestigationChildProcess-child-id');

    expect(within(shellRow).getByTestId('simpleHttpInvestigationShellBadge')).toBeTruthy();
    expect(within(shellRow).getByText('/bin/sh -c id')).toBeTruthy();
    expect(within(otherRow).queryByTestId('simpleHttpInvestigationShellBadge')).toBeNull();
  });

  it('marks public client address kind', async () => {
    renderPage(servicesWithEvidence());

    const publicRow = await screen.findByTestId('simpleHttpInvestigationClientRow-203.0.113.7');
    const loopbackRow = screen.getByTestId('simpleHttpInvestigationClientRow-127.0.0.1');

    expect(within(publicRow).getByTestId('simpleHttpInvestigationAddressKind-public')).toBeTruthy();
    expect(
      within(loopbackRow).getByTestId('simpleHttpInvestigationAddressKind-loopback')
    ).toBeTruthy();
  });

  it('shows empty and truncated notes', async () => {
    renderPage(servicesWithEvidence());

    const outbound = await screen.findByTestId('simpleHttpInvestigationEvidencePanel-outbound');

    expect(within(outbound).getByText('No outbound connections in the window.')).toBeTruthy();
    expect(screen.getByTestId('simpleHttpInvestigationTruncated-clients')).toBeTruthy();
    expect(screen.queryByTestId('simpleHttpInvestigationTruncated-children')).toBeNull();
    expect(screen.getByTestId('simpleHttpInvestigationTruncated-timeline')).toBeTruthy();
  });

  it('highlights concerning facts', async () => {
    renderPage(servicesWithEvidence());

    const facts = await screen.findByTestId('simpleHttpInvestigationDerivedFacts');
    const shellFact = within(facts).getByTestId('simpleHttpInvestigationFact-shell_children');
    const portFact = within(facts).getByTestId('simpleHttpInvestigationFact-listening_port');

    expect(shellFact.getAttribute('data-concerning')).toBe('true');
    expect(portFact.getAttribute('data-concerning')).toBe('false');
    expect(within(facts).getByText('CGI enabled: Yes')).toBeTruthy();
  });

  it('ticking a step updates progress', async () => {
    renderPage(servicesWithEvidence());

    const step = await screen.findByTestId('simpleHttpInvestigationChecklistStep-investigation-1');
    await waitFor(() => expect((step as HTMLInputElement).disabled).toBe(false));
    const progress = screen.getByTestId('simpleHttpInvestigationChecklistProgress-investigation');

    expect(progress.textContent).toBe('0 of 2');

    await userEvent.click(step);

    expect((step as HTMLInputElement).checked).toBe(true);
    expect(progress.textContent).toBe('1 of 2');
    const otherProgress = screen.getByTestId('simpleHttpInvestigationChecklistProgress-response');
    expect(otherProgress.textContent).toBe('0 of 1');
  });

  it('opens a note for a step', async () => {
    renderPage(servicesWithEvidence());

    const noteButton = await screen.findByTestId(
      'simpleHttpInvestigationStepNoteButton-investigation-2'
    );
    await userEvent.click(noteButton);

    const note = screen.getByTestId('simpleHttpInvestigationStepNote-investigation-2');
    await userEvent.type(note, 'Scanner <b>only</b>');

    expect((note as HTMLTextAreaElement).value).toBe('Scanner <b>only</b>');
  });

  it('step link highlights its panel', async () => {
    renderPage(servicesWithEvidence());

    await userEvent.click(
      await screen.findByTestId('simpleHttpInvestigationStepPanelLink-investigation-1-children')
    );

    const panel = screen.getByTestId('simpleHttpInvestigationEvidencePanel-children');
    expect(panel.getAttribute('data-highlighted')).toBe('true');
    expect(document.activeElement).toBe(panel);
  });

  it('shows linked facts in a step', async () => {
    renderPage(servicesWithEvidence());

    const item = await screen.findByTestId('simpleHttpInvestigationChecklistItem-investigation-2');

    expect(within(item).getByTestId('simpleHttpInvestigationFact-public_clients')).toBeTruthy();
  });

  it('back link keeps list query', async () => {
    renderPage(servicesWithEvidence(), { alertsSearch: '?host=web-01&page=2' });

    const backLink = await screen.findByTestId('simpleHttpInvestigationBackToAlerts');

    expect(backLink.getAttribute('href')).toBe('/?host=web-01&page=2');
  });

  it('shows "Alert not found" for a 404', async () => {
    const services = createTestServices();
    services.api.getAlertEvidence.mockRejectedValue({
      message: 'Not Found',
      body: { statusCode: 404, error: 'Not Found', message: 'Alert alert-1 not found' },
    });
    services.api.getAlertChecklists.mockResolvedValue(buildChecklists());
    services.api.getInvestigation.mockRejectedValue(notFound);

    renderPage(services);

    expect(await screen.findByTestId('simpleHttpInvestigationAlertNotFound')).toBeTruthy();
    expect(screen.getByText('Alert not found')).toBeTruthy();
    const backLink = screen.getByTestId('simpleHttpInvestigationBackToAlerts');
    expect(backLink.getAttribute('href')).toBe('/');
  });

  it('offers a back link after a 400', async () => {
    const services = createTestServices();
    services.api.getAlertEvidence.mockRejectedValue({
      message: 'Bad Request',
      body: { statusCode: 400, error: 'Bad Request', message: 'Invalid alert id' },
    });
    services.api.getAlertChecklists.mockResolvedValue(buildChecklists());
    services.api.getInvestigation.mockRejectedValue(notFound);

    renderPage(services, { alertsSearch: '?host=web-01' });

    const callout = await screen.findByTestId('simpleHttpInvestigationEvidenceError');
    expect(within(callout).getByTestId('simpleHttpInvestigationRetryButton')).toBeTruthy();
    const backLink = within(callout).getByTestId('simpleHttpInvestigationBackToAlerts');
    expect(backLink.getAttribute('href')).toBe('/?host=web-01');
  });

  it('keeps evidence when checklists fail', async () => {
    const services = createTestServices();
    services.api.getAlertEvidence.mockResolvedValue(buildEvidence());
    services.api.getAlertChecklists.mockRejectedValue({
      message: 'Service Unavailable',
      body: {
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'Elasticsearch is unreachable',
      },
    });
    services.api.getInvestigation.mockRejectedValue(notFound);

    renderPage(services);

    expect(await screen.findByTestId('simpleHttpInvestigationChecklistsError')).toBeTruthy();
    expect(screen.getByTestId('simpleHttpInvestigationEvidencePanel-process')).toBeTruthy();
  });
});
