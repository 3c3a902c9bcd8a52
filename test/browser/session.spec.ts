import { expect, test } from '@playwright/test';

import { browserTestUser, signIn } from './sign_in';

const APP = '/app/simpleHttpInvestigation';

test('expired session returns to the page', async ({ page, playwright, baseURL }) => {
  await signIn(page, 'viewer');
  await page.goto(`${APP}/exceptions?search=no-such-exception`);
  await expect(page.getByTestId('simpleHttpInvestigationExceptionsPage')).toBeVisible();

  // Another client signs out with the page's cookie, which ends the session on the host as a
  // timeout does. The page keeps the cookie, so its next API call gets 401 without a
  // Basic challenge, which the host sends only to requests without a cookie.
  const cookies = await page.context().cookies();
  const otherClient = await playwright.request.newContext({
    baseURL,
    storageState: { cookies, origins: [] },
  });
  const logout = await otherClient.get('/logout', { maxRedirects: 0 });
  expect(logout.status()).toBe(302);
  await otherClient.dispose();
  await page.getByTestId('simpleHttpInvestigationReviewNavLink').click();

  await expect(page.getByTestId('simpleHttpInvestigationLoginForm')).toBeVisible();
  const loginUrl = new URL(page.url());
  expect(loginUrl.pathname).toBe('/login');
  expect(loginUrl.searchParams.get('next')).toBe(`${APP}/review`);

  const user = browserTestUser('viewer');
  await page.getByTestId('simpleHttpInvestigationLoginUsername').fill(user.username);
  await page.getByTestId('simpleHttpInvestigationLoginPassword').fill(user.password);
  await page.getByTestId('simpleHttpInvestigationLoginSubmit').click();

  await expect(page).toHaveURL(new RegExp(`${APP}/review$`));
  await expect(page.getByTestId('simpleHttpInvestigationReviewQueueTable')).toBeVisible();
});
