/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { capabilitiesForRoles } from '../../../standalone/browser/capabilities';
import type { Role } from '../../../standalone/roles';
import { buildChecklists, buildEvidence } from '../../test_helpers/alert_fixtures';
import { createTestServices } from '../../test_helpers/create_test_services';
import { renderInApp } from '../../test_helpers/render_in_app';
import { InvestigationPage } from './investigation_page';

const notFound = {
  message: 'Not Found',
  body: { statusCode: 404, error: 'Not Found', message: 'No investigation for alert alert-1' },
};

/** Renders alert-1, whose investigation has not started, for a user of `role`. */
const renderForRole = (role: Role) => {
  const services = createTestServices(capabilitiesForRoles([role]));
  services.api.getAlertEvidence.mockResolvedValue(buildEvidence());
  services.api.getAlertChecklists.mockResolvedValue(buildChecklists());
  services.api.getInvestigation.mockRejectedValue(notFound);

  return renderInApp(<InvestigationPage alertId="alert-1" />, {
    services,
    path: '/alerts/alert-1',
  });
};

const findStartButton = async () =>
  (await screen.findByTestId('simpleHttpInvestigationStartButton')) as HTMLButtonElement;

const findFirstStep = async () =>
  (await screen.findByTestId(
    'simpleHttpInvestigationChecklistStep-investigation-1'
  )) as HTMLInputElement;

describe('InvestigationPage for each role', () => {
  it('keeps a viewer read-only', async () => {
    renderForRole('viewer');

    const startButton = await findStartButton();
    const step = await findFirstStep();

    expect(startButton.disabled).toBe(true);
    expect(step.disabled).toBe(true);
    expect(screen.getByTestId('simpleHttpInvestigationReadOnlyCallout').textContent).toContain(
      'Ask an admin for the Investigate privilege.'
    );
    expect(screen.queryByTestId('simpleHttpInvestigationVerdictSelect')).toBeNull();
    expect(
      screen.queryByTestId('simpleHttpInvestigationStepNoteButton-investigation-1')
    ).toBeNull();
    expect(
      (screen.getByTestId('simpleHttpInvestigationAssigneeField') as HTMLInputElement).readOnly
    ).toBe(true);
  });

  it('explains the disabled Start button', async () => {
    renderForRole('viewer');

    const startButton = await findStartButton();
    await userEvent.hover(startButton.parentElement ?? startButton);

    expect((await screen.findByRole('tooltip')).textContent).toBe(
      'Your role can read investigations but not change them. ' +
        'Ask an admin for the Investigate privilege.'
    );
  });

  it('disables proposing for a viewer', async () => {
    renderForRole('viewer');

    const button = (await screen.findByTestId(
      'simpleHttpInvestigationProposeExceptionButton'
    )) as HTMLButtonElement;
    await userEvent.hover(button.parentElement ?? button);

    expect(button.disabled).toBe(true);
    expect((await screen.findByRole('tooltip')).textContent).toContain(
      'Your role can read exceptions but not propose them.'
    );
  });

  it.each(['analyst', 'lead', 'admin'] as const)('lets the %s investigate', async (role) => {
    renderForRole(role);

    const startButton = await findStartButton();
    const step = await findFirstStep();

    expect(startButton.disabled).toBe(false);
    expect(step.disabled).toBe(false);
    expect(screen.queryByTestId('simpleHttpInvestigationReadOnlyCallout')).toBeNull();
    expect(screen.getByTestId('simpleHttpInvestigationVerdictSelect')).toBeTruthy();
    expect(
      (screen.getByTestId('simpleHttpInvestigationAssigneeField') as HTMLInputElement).readOnly
    ).toBe(false);
  });

  it.each(['analyst', 'lead', 'admin'] as const)(
    'gives the %s no privilege tooltip on Propose',
    async (role) => {
      renderForRole(role);

      const button = (await screen.findByTestId(
        'simpleHttpInvestigationProposeExceptionButton'
      )) as HTMLButtonElement;
      await userEvent.hover(button.parentElement ?? button);

      // Not started yet, so the verdict blocks the proposal, never the role.
      expect((await screen.findByRole('tooltip')).textContent).not.toContain('Your role');
    }
  );
});
