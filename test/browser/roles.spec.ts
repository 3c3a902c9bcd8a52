import { expect, test, type Locator, type Page } from '@playwright/test';

import { RULE_IDS } from '../../common/constants';
import { ROLES, type Role } from '../../standalone/roles';
import { findAlerts, submitInvestigation } from './api_requests';
import { signIn } from './sign_in';

const APP = '/app/simpleHttpInvestigation';

/** The training scenario's students run `php -S 0.0.0.0:8080`, which no other spec reads. */
const isTrainingServer = (commandLine: string | null) =>
  commandLine?.includes('php -S 0.0.0.0:8080') === true;

const ALLOWED: Record<Role, { investigate: boolean; review: boolean; manageExceptions: boolean }> =
  {
    viewer: { investigate: false, review: false, manageExceptions: false },
    analyst: { investigate: true, review: false, manageExceptions: false },
    lead: { investigate: true, review: true, manageExceptions: false },
    admin: { investigate: true, review: true, manageExceptions: true },
  };

/** Checks that a control is enabled, or disabled with a tooltip that names the privilege. */
async function expectAllowed(
  page: Page,
  control: Locator,
  allowed: boolean,
  privilegeHint: string
): Promise<void> {
  if (allowed) {
    await expect(control).toBeEnabled();
    return;
  }

  await expect(control).toBeDisabled();
  // The tooltip opens from its anchor, the element that wraps the disabled button.
  await control.locator('..').hover();
  await expect(page.getByRole('tooltip')).toContainText(privilegeHint);
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
}

let openAlertId = '';
let submittedAlertId = '';

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page, 'analyst');

  const [openAlert] = await findAlerts(
    page.request,
    { rule_id: RULE_IDS.creation, investigation_status: 'none' },
    (alert) => isTrainingServer(alert.command_line)
  );
  if (!openAlert) {
    throw new Error('The sample data has no training Creation alert without an investigation');
  }
  openAlertId = openAlert.id;

  // An earlier run against the same data directory may have submitted one already.
  const [submitted] = await findAlerts(
    page.request,
    { rule_id: RULE_IDS.connection, investigation_status: 'submitted' },
    (alert) => isTrainingServer(alert.command_line)
  );
  if (submitted) {
    submittedAlertId = submitted.id;
  } else {
    const [notStarted] = await findAlerts(
      page.request,
      { rule_id: RULE_IDS.connection, investigation_status: 'none' },
      (alert) => isTrainingServer(alert.command_line)
    );
    if (!notStarted) {
      throw new Error('The sample data has no training Connection alert without an investigation');
    }
    await submitInvestigation(page.request, notStarted.id);
    submittedAlertId = notStarted.id;
  }

  await page.close();
});

for (const role of ROLES) {
  const allowed = ALLOWED[role];

  test(`${role} sees the controls of the role`, async ({ page }) => {
    await signIn(page, role);

    // Every role reads every page, so the navigation is the same for all.
    await page.goto(APP);
    await expect(page.getByTestId('simpleHttpInvestigationAlertsTable')).toBeVisible();
    for (const link of ['Alerts', 'Review', 'Exceptions']) {
      await expect(page.getByTestId(`simpleHttpInvestigation${link}NavLink`)).toBeVisible();
    }

    await page.goto(`${APP}/alerts/${openAlertId}`);
    await expect(page.getByTestId('simpleHttpInvestigationEvidencePanel-process')).toBeVisible();
    const firstStep = page.getByTestId('simpleHttpInvestigationChecklistStep-investigation-1');
    await expect(firstStep).toBeVisible();
    await expectAllowed(
      page,
      page.getByTestId('simpleHttpInvestigationStartButton'),
      allowed.investigate,
      'Ask an admin for the Investigate privilege.'
    );
    await expect(firstStep).toBeEnabled({ enabled: allowed.investigate });
    await expect(page.getByTestId('simpleHttpInvestigationReadOnlyCallout')).toHaveCount(
      allowed.investigate ? 0 : 1
    );
    await expect(page.getByTestId('simpleHttpInvestigationVerdictSelect')).toHaveCount(
      allowed.investigate ? 1 : 0
    );
    await expect(page.getByTestId('simpleHttpInvestigationProposeExceptionButton')).toBeDisabled();

    await page.goto(`${APP}/review/${submittedAlertId}`);
    await expect(page.getByTestId('simpleHttpInvestigationReviewSummary')).toBeVisible();
    await expectAllowed(
      page,
      page.getByTestId('simpleHttpInvestigationApproveButton'),
      allowed.review,
      'Ask an admin for the Review privilege.'
    );
    await expectAllowed(
      page,
      page.getByTestId('simpleHttpInvestigationReturnButton'),
      allowed.review,
      'Ask an admin for the Review privilege.'
    );

    await page.goto(`${APP}/exceptions`);
    await expect(page.getByTestId('simpleHttpInvestigationExceptionsPage')).toBeVisible();
    await expectAllowed(
      page,
      page.getByTestId('simpleHttpInvestigationCreateExceptionButton'),
      allowed.manageExceptions,
      'Ask an admin for the Manage exceptions privilege.'
    );
  });
}
