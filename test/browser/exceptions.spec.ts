import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import type { ListAlertsResponse } from '../../common/api/alerts';
import { API_PATHS, API_VERSION } from '../../common/constants';
import { signIn, signOut } from './sign_in';

const APP = '/app/simpleHttpInvestigation';
const DEVELOPER_HOST = 'dev-ws-07';

/** Finds the alert of the developer's preview server: python3 http.server on dev-ws-07. */
async function findDeveloperAlertId(request: APIRequestContext): Promise<string> {
  const response = await request.get(API_PATHS.alerts, {
    headers: { 'elastic-api-version': API_VERSION },
    params: { host: DEVELOPER_HOST },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as ListAlertsResponse;
  const alert = body.alerts.find((candidate) => candidate.command_line?.includes('http.server'));
  if (!alert) {
    throw new Error(`The sample data has no http.server alert on ${DEVELOPER_HOST}`);
  }
  expect(alert.exceptions).toEqual([]);
  return alert.id;
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('simpleHttpInvestigationSaveStatus')).toHaveAttribute(
    'data-save-state',
    'saved'
  );
}

test('admin creates an exception from a proposal and the developer alert shows the badge', async ({
  page,
}) => {
  // The analyst finds the developer's preview server benign and proposes an exception.
  await signIn(page, 'analyst');
  const alertId = await findDeveloperAlertId(page.request);
  await page.goto(`${APP}/alerts/${alertId}`);

  const proposeButton = page.getByTestId('simpleHttpInvestigationProposeExceptionButton');
  await expect(proposeButton).toBeDisabled();

  await page.getByTestId('simpleHttpInvestigationVerdictSelect').selectOption('false_positive');
  await page
    .getByTestId('simpleHttpInvestigationFalsePositiveCategorySelect')
    .selectOption('development_or_testing');
  await page
    .getByTestId('simpleHttpInvestigationClosingReasonField')
    .fill('The developer previews a static site on loopback while working on it.');
  await expectSaved(page);

  await expect(proposeButton).toBeEnabled();
  await proposeButton.click();
  const proposeFlyout = page.getByTestId('simpleHttpInvestigationProposeExceptionFlyout');
  await expect(proposeFlyout).toBeVisible();
  await expect(proposeFlyout.getByTestId('simpleHttpInvestigationEntryRow-0')).toBeVisible();
  await expect(proposeFlyout.getByTestId('simpleHttpInvestigationExceptionReason')).toHaveValue(
    'The developer previews a static site on loopback while working on it.'
  );
  await proposeFlyout.getByTestId('simpleHttpInvestigationProposeExceptionSubmit').click();
  await expect(proposeFlyout).toHaveCount(0);

  const proposals = page.getByTestId('simpleHttpInvestigationAlertProposals');
  await expect(proposals).toContainText('Proposed');
  await expect(proposeButton).toBeDisabled();
  await expect(page.getByTestId('simpleHttpInvestigationAlertExceptionMatches')).toHaveCount(0);

  // The admin opens the proposal from the queue, previews it and accepts it.
  await signOut(page);
  await signIn(page, 'admin');
  await page.goto(`${APP}/exceptions`);
  await expect(page.getByTestId('simpleHttpInvestigationProposalsCount')).toHaveText('1');
  await page.getByTestId('simpleHttpInvestigationProposalsTab').click();
  const queue = page.getByTestId('simpleHttpInvestigationProposalsTable');
  const id = await proposalId(page);
  await expect(queue.getByTestId(`simpleHttpInvestigationProposalAlertLink-${id}`)).toBeVisible();
  await queue.getByTestId(`simpleHttpInvestigationExceptionOpen-${id}`).click();

  const flyout = page.getByTestId('simpleHttpInvestigationExceptionFlyout');
  await expect(flyout.getByTestId('simpleHttpInvestigationProposalDescription')).toContainText(
    'analyst'
  );
  await flyout.getByTestId('simpleHttpInvestigationPreviewButton').click();
  await expect(flyout.getByTestId('simpleHttpInvestigationPreviewMatched')).toContainText(
    /^Matches 1 of \d+ alerts?/
  );
  await expect(
    flyout
      .getByTestId('simpleHttpInvestigationPreviewSampleTable')
      .getByTestId(`simpleHttpInvestigationPreviewAlertLink-${alertId}`)
  ).toBeVisible();
  await flyout.getByTestId('simpleHttpInvestigationExceptionAcceptButton').click();
  await page
    .getByTestId('simpleHttpInvestigationDecisionComment')
    .fill('Agreed: the preview server only listens on loopback.');
  await page.getByTestId('simpleHttpInvestigationConfirmModalConfirmButton').click();
  await expect(flyout).toHaveCount(0);

  await page.getByTestId('simpleHttpInvestigationExceptionsTab').click();
  const table = page.getByTestId('simpleHttpInvestigationExceptionsTable');
  await expect(table.getByTestId('simpleHttpInvestigationExceptionStatusBadge').first()).toHaveText(
    'Active'
  );

  // The alerts list marks the developer alert, and hiding matched alerts removes it.
  await page.goto(`${APP}?host=${DEVELOPER_HOST}`);
  const row = page.getByTestId(`simpleHttpInvestigationAlertRow-${alertId}`);
  await expect(row.getByTestId('simpleHttpInvestigationExceptionBadge')).toBeVisible();
  await page.goto(`${APP}?host=${DEVELOPER_HOST}&exceptions=hide`);
  await expect(page.getByTestId(`simpleHttpInvestigationAlertRow-${alertId}`)).toHaveCount(0);

  // The investigation page names the exception the alert now matches.
  await page.goto(`${APP}/alerts/${alertId}`);
  await expect(page.getByTestId('simpleHttpInvestigationAlertExceptionMatches')).toBeVisible();
});

/** Reads the id of the one waiting proposal through the API, as the signed-in admin. */
async function proposalId(page: Page): Promise<string> {
  const response = await page.request.get(API_PATHS.exceptions, {
    headers: { 'elastic-api-version': API_VERSION },
    params: { status: 'proposed' },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { exceptions: Array<{ id: string }> };
  expect(body.exceptions).toHaveLength(1);
  return body.exceptions[0]?.id ?? '';
}
