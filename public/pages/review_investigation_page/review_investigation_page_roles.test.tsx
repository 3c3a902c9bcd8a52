/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { capabilitiesForRoles } from '../../../standalone/browser/capabilities';
import type { Role } from '../../../standalone/roles';
import {
  buildChecklists,
  buildEvidence,
  buildInvestigation,
} from '../../test_helpers/alert_fixtures';
import { createTestServices } from '../../test_helpers/create_test_services';
import { renderInApp } from '../../test_helpers/render_in_app';
import { ReviewInvestigationPage } from './review_investigation_page';

const REVIEW_MISSING =
  'Your role can read investigations but not approve or return them. ' +
  'Ask an admin for the Review privilege.';

const renderForRole = (role: Role) => {
  const services = createTestServices(capabilitiesForRoles([role]));
  services.api.getAlertEvidence.mockResolvedValue(buildEvidence());
  services.api.getAlertChecklists.mockResolvedValue(buildChecklists());
  services.api.getInvestigation.mockResolvedValue(
    buildInvestigation({
      status: 'submitted',
      verdict: 'false_positive',
      false_positive_category: 'development_or_testing',
      closing_reason: 'A developer tested a page.',
      submitted_at: '2025-01-10T12:00:00.000Z',
    })
  );

  renderInApp(<ReviewInvestigationPage alertId="alert-1" />, {
    services,
    path: '/review/alert-1',
  });
};

const findReviewButtons = async () => ({
  approve: (await screen.findByTestId(
    'simpleHttpInvestigationApproveButton'
  )) as HTMLButtonElement,
  returnButton: screen.getByTestId('simpleHttpInvestigationReturnButton') as HTMLButtonElement,
});

describe('ReviewInvestigationPage for each role', () => {
  it.each(['viewer', 'analyst'] as const)('disables review for the %s', async (role) => {
    renderForRole(role);

    const { approve, returnButton } = await findReviewButtons();

    expect(approve.disabled).toBe(true);
    expect(returnButton.disabled).toBe(true);
  });

  it.each(['viewer', 'analyst'] as const)('explains Return to the %s', async (role) => {
    renderForRole(role);

    const { returnButton } = await findReviewButtons();
    await userEvent.hover(returnButton.parentElement ?? returnButton);

    expect((await screen.findByRole('tooltip')).textContent).toBe(REVIEW_MISSING);
  });

  it.each(['lead', 'admin'] as const)('lets the %s review', async (role) => {
    renderForRole(role);

    const { approve, returnButton } = await findReviewButtons();

    expect(approve.disabled).toBe(false);
    expect(returnButton.disabled).toBe(false);
    await userEvent.click(approve);
    expect(screen.getByTestId('simpleHttpInvestigationReviewCommentField')).toBeTruthy();
  });
});
