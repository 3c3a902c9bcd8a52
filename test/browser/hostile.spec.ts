import { expect, test, type Page } from '@playwright/test';

import type { ExceptionRecord } from '../../common/api/exceptions';
import { API_PATHS, RULE_IDS } from '../../common/constants';
import { API_HEADERS } from './api_requests';
import { HOSTILE } from './hostile_data';
import { signIn, signOut } from './sign_in';

const APP = '/app/simpleHttpInvestigation';

function hostileAlertId(): string {
  const alertId = process.env.BROWSER_TEST_HOSTILE_ALERT_ID;
  if (!alertId) {
    throw new Error('BROWSER_TEST_HOSTILE_ALERT_ID is unset; run the tests with playwright.config.ts');
  }
  return alertId;
}

/** Records every dialog the page opens, and dismisses it so the test goes on. */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Checks that no hostile markup became an element and that none of its script ran. */
async function expectNothingInjected(page: Page, dialogs: string[]): Promise<void> {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const scripts = await page.locator('script').evaluateAll((elements) =>
    elements.filter((element) => element.textContent?.includes('__hostile')).length
  );
  expect(scripts).toBe(0);
  const hostile = await page.evaluate(() => (window as { __hostile?: unknown }).__hostile);
  expect(hostile).toBeUndefined();
  expect(dialogs).toEqual([]);
}

test('hostile text shows literally', async ({ page }) => {
  const alertId = hostileAlertId();
  const dialogs = recordDialogs(page);

  // An admin names an exception with markup. Its entry matches no alert, so it hides nothing.
  await signIn(page, 'admin');
  const created = await page.request.post(API_PATHS.exceptions, {
    headers: API_HEADERS,
    data: {
      name: HOSTILE.exceptionName,
      reason: `Hostile text check ${HOSTILE.note}`,
      category: 'development_or_testing',
      rule_ids: [RULE_IDS.pythonServer],
      entries: [
        { field: 'host.name', type: 'match', operator: 'included', value: 'hostile-c901-none' },
      ],
    },
  });
  expect(created.status()).toBe(200);
  const exception = (await created.json()) as ExceptionRecord;
  await signOut(page);

  // The alerts list shows the host name, user name and command line as text.
  await signIn(page, 'analyst');
  await page.goto(`${APP}?host=${encodeURIComponent(HOSTILE.hostName)}`);
  const row = page.getByTestId(`simpleHttpInvestigationAlertRow-${alertId}`);
  await expect(row).toContainText(HOSTILE.hostName);
  await expect(row).toContainText(HOSTILE.userName);
  await expect(row).toContainText(HOSTILE.commandLine);
  await expectNothingInjected(page, dialogs);

  // The evidence shows them too, with the served file, and the analyst writes a note.
  await row.getByTestId(`simpleHttpInvestigationAlertRowLink-${alertId}`).click();
  await expect(page.getByTestId('simpleHttpInvestigationAlertHeader')).toContainText(
    HOSTILE.hostName
  );
  await expect(page.getByTestId('simpleHttpInvestigationEvidencePanel-process')).toContainText(
    HOSTILE.commandLine
  );
  await expect(page.getByTestId('simpleHttpInvestigationEvidencePanel-files')).toContainText(
    HOSTILE.fileName
  );

  const steps = page.locator(
    '[data-test-subj^="simpleHttpInvestigationChecklistStep-investigation-"]'
  );
  await expect(steps.first()).toBeEnabled();
  const stepCount = await steps.count();
  for (let index = 0; index < stepCount; index++) {
    await steps.nth(index).check();
  }
  await page.getByTestId('simpleHttpInvestigationStepNoteButton-investigation-1').click();
  await page.getByTestId('simpleHttpInvestigationStepNote-investigation-1').fill(HOSTILE.note);
  await page.getByTestId('simpleHttpInvestigationVerdictSelect').selectOption('true_positive');
  await expect(page.getByTestId('simpleHttpInvestigationSaveStatus')).toHaveAttribute(
    'data-save-state',
    'saved'
  );
  await page.getByTestId('simpleHttpInvestigationSubmitButton').click();
  await expect(
    page
      .getByTestId('simpleHttpInvestigationStatusPanel')
      .getByTestId('simpleHttpInvestigationInvestigationStatusBadge')
  ).toHaveAttribute('data-investigation-status', 'submitted');
  await expectNothingInjected(page, dialogs);
  await signOut(page);

  // The lead reads the note and returns the investigation with a comment.
  await signIn(page, 'lead');
  await page.goto(`${APP}/review/${alertId}`);
  await expect(
    page.getByTestId('simpleHttpInvestigationStepNote-investigation-1Text')
  ).toContainText(HOSTILE.note);
  await page.getByTestId('simpleHttpInvestigationReturnButton').click();
  await page.getByTestId('simpleHttpInvestigationReviewCommentField').fill(HOSTILE.reviewComment);
  await page.getByTestId('simpleHttpInvestigationConfirmModalConfirmButton').click();
  const summary = page.getByTestId('simpleHttpInvestigationReviewSummary');
  await expect(
    summary.getByTestId('simpleHttpInvestigationInvestigationStatusBadge')
  ).toHaveAttribute('data-investigation-status', 'returned');
  await expect(summary.getByTestId('simpleHttpInvestigationReviewComments')).toContainText(
    HOSTILE.reviewComment
  );
  await expectNothingInjected(page, dialogs);

  // The investigation page shows the return comment and the note as text.
  await page.goto(`${APP}/alerts/${alertId}`);
  await expect(page.getByTestId('simpleHttpInvestigationReturnedCallout')).toContainText(
    HOSTILE.reviewComment
  );
  await expect(page.getByTestId('simpleHttpInvestigationStepNote-investigation-1')).toHaveValue(
    HOSTILE.note
  );
  await expectNothingInjected(page, dialogs);

  // The exceptions page and the exception's flyout show its name as text.
  await page.goto(`${APP}/exceptions?search=hostile-c901`);
  const exceptionRow = page.getByTestId(`simpleHttpInvestigationExceptionRow-${exception.id}`);
  await expect(exceptionRow).toContainText(HOSTILE.exceptionName);
  await exceptionRow.getByTestId(`simpleHttpInvestigationExceptionOpen-${exception.id}`).click();
  await expect(page.getByTestId('simpleHttpInvestigationExceptionName')).toHaveValue(
    HOSTILE.exceptionName
  );
  await expectNothingInjected(page, dialogs);
});
