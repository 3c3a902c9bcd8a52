/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { PointerEventsCheckLevel, userEvent as baseUserEvent } from '@testing-library/user-event';

import type { ExceptionRecord } from '../../../common/api/exceptions';
import { capabilitiesForRoles } from '../../../standalone/browser/capabilities';
import type { Role } from '../../../standalone/roles';
import { stubCanvasTextMetrics } from '../../test_helpers/canvas_text_stub';
import { createTestServices } from '../../test_helpers/create_test_services';
import { buildExceptionRecord, buildProposalRecord } from '../../test_helpers/exception_fixtures';
import { renderInApp } from '../../test_helpers/render_in_app';
import { ExceptionsPage } from './exceptions_page';

stubCanvasTextMetrics();

// The flyout is large, so checking `pointer-events` on every click walks all its styles.
const userEvent = baseUserEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

const MANAGE_MISSING =
  'Your role can read exceptions but not create, change, delete, accept or reject them. ' +
  'Ask an admin for the Manage exceptions privilege.';

const renderForRole = (role: Role, path: string, exception: ExceptionRecord) => {
  const services = createTestServices(capabilitiesForRoles([role]));
  services.api.listExceptions.mockResolvedValue({
    exceptions: [exception],
    total: 1,
    page: 1,
    per_page: 25,
    proposed_total: exception.status === 'proposed' ? 1 : 0,
  });
  services.api.previewException.mockResolvedValue({
    matched: 0,
    total: 0,
    sample: [],
    true_positive_alert_ids: [],
  });

  return renderInApp(<ExceptionsPage />, { services, path });
};

/** Opens the exception's flyout from its name in the table. */
const openFlyout = async (exception: ExceptionRecord) => {
  const row = await screen.findByTestId(`simpleHttpInvestigationExceptionRow-${exception.id}`);
  await userEvent.click(within(row).getByText(exception.name));

  return screen.findByTestId('simpleHttpInvestigationExceptionFlyout');
};

const nameField = () =>
  screen.getByTestId('simpleHttpInvestigationExceptionName') as HTMLInputElement;

const isDisabled = (testId: string) =>
  (screen.getByTestId(`simpleHttpInvestigation${testId}`) as HTMLButtonElement).disabled;

describe('ExceptionsPage for each role', () => {
  const exception = buildExceptionRecord();
  const proposal = buildProposalRecord();

  it.each(['viewer', 'analyst', 'lead'] as const)('keeps the %s read-only', async (role) => {
    renderForRole(role, '/exceptions', exception);

    expect(isDisabled('CreateExceptionButton')).toBe(true);

    const flyout = await openFlyout(exception);

    expect(isDisabled('ExceptionSaveButton')).toBe(true);
    expect(isDisabled('ExceptionDeleteButton')).toBe(true);
    expect(nameField().disabled).toBe(true);
    expect(within(flyout).getByRole('heading', { level: 2 }).textContent).toBe('Exception');
  });

  it('explains the disabled Create button', async () => {
    renderForRole('lead', '/exceptions', exception);

    const create = screen.getByTestId('simpleHttpInvestigationCreateExceptionButton');
    await userEvent.hover(create.parentElement ?? create);

    expect((await screen.findByRole('tooltip')).textContent).toBe(MANAGE_MISSING);
  });

  it.each(['viewer', 'analyst', 'lead'] as const)(
    'disables accept and reject for the %s',
    async (role) => {
      renderForRole(role, '/exceptions?view=proposals', proposal);

      await openFlyout(proposal);

      expect(isDisabled('ExceptionAcceptButton')).toBe(true);
      expect(isDisabled('ExceptionRejectButton')).toBe(true);
    }
  );

  it('lets the admin manage exceptions', async () => {
    renderForRole('admin', '/exceptions', exception);

    expect(isDisabled('CreateExceptionButton')).toBe(false);
    const flyout = await openFlyout(exception);
    expect(within(flyout).getByRole('heading', { level: 2 }).textContent).toBe('Edit exception');

    expect(isDisabled('ExceptionDeleteButton')).toBe(false);
    expect(nameField().disabled).toBe(false);
  });

  it('lets the admin decide proposals', async () => {
    renderForRole('admin', '/exceptions?view=proposals', proposal);

    await openFlyout(proposal);

    expect(isDisabled('ExceptionRejectButton')).toBe(false);
  });
});
