import { expect, test, type APIRequestContext } from '@playwright/test';

import type { ListAlertsResponse } from '../../common/api/alerts';
import { API_PATHS, API_VERSION, RULE_IDS } from '../../common/constants';
import { signIn } from './sign_in';

async function findBackdoorAlertId(request: APIRequestContext): Promise<string> {
  const response = await request.get(API_PATHS.alerts, {
    headers: { 'elastic-api-version': API_VERSION },
    params: { user: 'www-data', rule_id: RULE_IDS.connection },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as ListAlertsResponse;
  const alert = body.alerts.find((candidate) => candidate.command_line?.includes('--cgi'));
  if (!alert) {
    throw new Error('The sample data has no backdoor Connection alert');
  }
  return alert.id;
}

test('analyst triages the backdoor alert', async ({ page }) => {
  await signIn(page, 'analyst');
  const alertId = await findBackdoorAlertId(page.request);

  await page.goto('/app/simpleHttpInvestigation');
  await expect(page.getByTestId('simpleHttpInvestigationAlertsTable')).toBeVisible();

  await page.getByTestId('simpleHttpInvestigationSearchField').fill('www-data');
  await page.getByTestId('simpleHttpInvestigationSearchField').press('Enter');
  await page.getByTestId(`simpleHttpInvestigationAlertRowLink-${alertId}`).click();

  await expect(page).toHaveURL(new RegExp(`/alerts/${alertId}`));
  await expect(page.getByTestId('simpleHttpInvestigationInvestigationPage')).toBeVisible();

  const children = page.getByTestId('simpleHttpInvestigationEvidencePanel-children');
  await expect(children).toContainText('/bin/sh');

  const clients = page.getByTestId('simpleHttpInvestigationEvidencePanel-clients');
  await expect(clients.getByTestId('simpleHttpInvestigationAddressKind-public').first()).toBeVisible();

  const firstStep = page.getByTestId('simpleHttpInvestigationChecklistStep-investigation-1');
  await firstStep.check();
  await expect(firstStep).toBeChecked();
  // The tick is saved to the server after a short debounce; reload only once it is.
  await expect(page.getByTestId('simpleHttpInvestigationSaveStatus')).toHaveAttribute(
    'data-save-state',
    'saved'
  );
  await expect(page.getByTestId('simpleHttpInvestigationStartedBy')).toContainText('Started by');

  await page.reload();
  await expect(page.getByTestId('simpleHttpInvestigationChecklistStep-investigation-1')).toBeChecked();

  if (process.env.UPDATE_SCREENSHOTS === 'true') {
    await page.setViewportSize({ width: 1440, height: 1800 });
    await page.screenshot({ path: 'docs/images/investigation_page.png', fullPage: false });
  }

  await page.goBack();
  await page.goBack();
  await expect(page.getByTestId('simpleHttpInvestigationAlertsTable')).toBeVisible();
});

test('deep link opens an alert and shows 404 for an unknown one', async ({ page }) => {
  await signIn(page, 'viewer');
  const alertId = await findBackdoorAlertId(page.request);

  await page.goto(`/app/simpleHttpInvestigation/alerts/${alertId}`);
  await expect(page.getByTestId('simpleHttpInvestigationInvestigationPage')).toBeVisible();

  await page.goto('/app/simpleHttpInvestigation/alerts/unknown-alert');
  await expect(page.getByText('Alert not found')).toBeVisible();
});

test('dark theme renders the alerts page', async ({ page }) => {
  await signIn(page, 'viewer');
  await page.goto('/app/simpleHttpInvestigation');
  await expect(page.getByTestId('simpleHttpInvestigationAlertsTable')).toBeVisible();
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.getByTestId('simpleHttpInvestigationThemeToggle').click();
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .not.toBe(lightBackground);
});
