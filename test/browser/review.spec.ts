import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import type { ListAlertsResponse } from '../../common/api/alerts';
import { API_PATHS, API_VERSION, RULE_IDS } from '../../common/constants';
import { signIn, signOut } from './sign_in';

const APP = '/app/simpleHttpInvestigation';

/** Finds the Connection alert of the web shell scenario: `php -S` started by root. */
async function findWebShellAlertId(request: APIRequestContext): Promise<string> {
  const response = await request.get(API_PATHS.alerts, {
    headers: { 'elastic-api-version': API_VERSION },
    params: { user: 'root', rule_id: RULE_IDS.connection },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as ListAlertsResponse;
  const alert = body.alerts.find((candidate) => candidate.command_line?.includes('php -S'));
  if (!alert) {
    throw new Error('The sample data has no web shell Connection alert of user root');
  }
  return alert.id;
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('simpleHttpInvestigationSaveStatus')).toHaveAttribute(
    'data-save-state',
    'saved'
  );
}

test('analyst submits and lead approves the web shell alert', async ({ page }) => {
  await signIn(page, 'analyst');
  const alertId = await findWebShellAlertId(page.request);

  // The analyst works through the investigation steps and submits a false positive.
  await page.goto(`${APP}/alerts/${alertId}`);
  await expect(page.getByTestId('simpleHttpInvestigationStatusPanel')).toContainText('Not started');

  const steps = page.locator(
    '[data-test-subj^="simpleHttpInvestigationChecklistStep-investigation-"]'
  );
  const stepCount = await steps.count();
  expect(stepCount).toBeGreaterThan(0);
  for (let index = 0; index < stepCount; index++) {
    await steps.nth(index).check();
  }

  await page.getByTestId('simpleHttpInvestigationStepNoteButton-investigation-1').click();
  await page
    .getByTestId('simpleHttpInvestigationStepNote-investigation-1')
    .fill('php -S served /var/www/html; the shell children ran id and whoami.');

  await page.getByTestId('simpleHttpInvestigationVerdictSelect').selectOption('false_positive');
  await expect(page.getByTestId('simpleHttpInvestigationSubmitButton')).toBeDisabled();
  await page
    .getByTestId('simpleHttpInvestigationFalsePositiveCategorySelect')
    .selectOption('development_or_testing');
  await page
    .getByTestId('simpleHttpInvestigationClosingReasonField')
    .fill('The CMS team tested a PHP page with the built-in server.');
  await expectSaved(page);
  await expect(page.getByTestId('simpleHttpInvestigationStartedBy')).toContainText('Started by');

  await page.getByTestId('simpleHttpInvestigationSubmitButton').click();
  const statusPanel = page.getByTestId('simpleHttpInvestigationStatusPanel');
  await expect(
    statusPanel.getByTestId('simpleHttpInvestigationInvestigationStatusBadge')
  ).toHaveAttribute('data-investigation-status', 'submitted');
  await expect(steps.first()).toBeDisabled();
  await expect(page.getByTestId('simpleHttpInvestigationVerdictValue')).toHaveText(
    'False positive'
  );

  await page.getByTestId('simpleHttpInvestigationHistoryTab').click();
  await expect(
    page.getByTestId('simpleHttpInvestigationHistoryRow-investigation_submitted')
  ).toBeVisible();

  // The lead signs in, opens the review queue, then the investigation, and approves it.
  await signOut(page);
  await signIn(page, 'lead');
  await page.goto(APP);
  await page.getByTestId('simpleHttpInvestigationReviewNavLink').click();
  await expect(page).toHaveURL(new RegExp(`${APP}/review$`));
  const queue = page.getByTestId('simpleHttpInvestigationReviewQueueTable');
  await expect(queue).toBeVisible();
  await queue.getByTestId(`simpleHttpInvestigationReviewRowLink-${alertId}`).click();

  await expect(page.getByTestId('simpleHttpInvestigationReviewSummary')).toBeVisible();
  const reviewedNote = page.getByTestId('simpleHttpInvestigationStepNote-investigation-1Text');
  await expect(reviewedNote).toContainText('whoami');
  await expect(page.getByTestId('simpleHttpInvestigationEvidencePanel-children')).toBeVisible();

  await page.getByTestId('simpleHttpInvestigationApproveButton').click();
  await page
    .getByTestId('simpleHttpInvestigationReviewCommentField')
    .fill('Confirmed with the CMS team lead.');
  await page.getByTestId('simpleHttpInvestigationConfirmModalConfirmButton').click();

  const summary = page.getByTestId('simpleHttpInvestigationReviewSummary');
  await expect(
    summary.getByTestId('simpleHttpInvestigationInvestigationStatusBadge')
  ).toHaveAttribute('data-investigation-status', 'approved');
  await expect(summary.getByTestId('simpleHttpInvestigationReviewComments')).toContainText(
    'Confirmed with the CMS team lead.'
  );
  await expect(
    page
      .getByTestId('simpleHttpInvestigationAlertHeader')
      .getByTestId('simpleHttpInvestigationWorkflowStatusBadge')
  ).toHaveAttribute('data-workflow-status', 'closed');
  await expect(page.getByTestId('simpleHttpInvestigationApproveButton')).toHaveCount(0);

  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('simpleHttpInvestigationDownloadReportButton').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`investigation-${alertId}.md`);

  // The alerts list shows the alert closed, with its approved investigation.
  await page.goto(`${APP}?user=root&investigation_status=approved`);
  const row = page.getByTestId(`simpleHttpInvestigationAlertRow-${alertId}`);
  await expect(row.getByTestId('simpleHttpInvestigationWorkflowStatusBadge')).toHaveText('Closed');
  await expect(row.getByTestId('simpleHttpInvestigationInvestigationStatusBadge')).toHaveText(
    'Approved'
  );
});

test('review queue filters show an empty prompt', async ({ page }) => {
  await signIn(page, 'lead');
  await page.goto(`${APP}/review?host=no-such-host`);
  await expect(page.getByTestId('simpleHttpInvestigationReviewEmptyPrompt')).toBeVisible();
  await page.getByTestId('simpleHttpInvestigationReviewClearFilters').click();
  await expect(page).toHaveURL(new RegExp(`${APP}/review$`));
});
