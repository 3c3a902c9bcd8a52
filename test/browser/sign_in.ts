import { expect, type Page } from '@playwright/test';

import { APP_PATH } from '../../common/constants';
import type { GeneratedUser } from '../../standalone/host/users_file';
import type { Role } from '../../standalone/roles';

/** Returns the user of a role whose password the global setup set for this run. */
export function browserTestUser(role: Role): GeneratedUser {
  const users = JSON.parse(process.env.BROWSER_TEST_USERS ?? '[]') as GeneratedUser[];
  const user = users.find((candidate) => candidate.role === role);
  if (user === undefined) {
    throw new Error(`BROWSER_TEST_USERS has no ${role} user; run the tests with playwright.config.ts`);
  }
  return user;
}

/**
 * Signs in through the login page as the user of a role and waits for the app. Afterwards
 * `page.request` shares the session cookie, so API calls act as that user too.
 */
export async function signIn(page: Page, role: Role): Promise<void> {
  const user = browserTestUser(role);
  await page.goto('/login');
  await page.getByTestId('simpleHttpInvestigationLoginUsername').fill(user.username);
  await page.getByTestId('simpleHttpInvestigationLoginPassword').fill(user.password);
  await page.getByTestId('simpleHttpInvestigationLoginSubmit').click();
  await expect(page).toHaveURL(new RegExp(`${APP_PATH}`));
  await expect(page.getByTestId('simpleHttpInvestigationUserName')).toHaveText(user.username);
}

/** Signs out through the header's link and waits for the login page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('simpleHttpInvestigationLogoutLink').click();
  await expect(page.getByTestId('simpleHttpInvestigationLoginForm')).toBeVisible();
}
