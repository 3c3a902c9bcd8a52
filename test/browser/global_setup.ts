import { ROLES } from '../../standalone/roles';
import { generatePassword } from '../../standalone/host/password_hash';
import {
  addUser,
  readUsersFile,
  setUserPassword,
  writeUsersFile,
  type GeneratedUser,
} from '../../standalone/host/users_file';
import { indexHostileDocuments } from './hostile_data';
import { BROWSER_TEST_ENGINE_URL, BROWSER_TEST_USERS_FILE } from './playwright.config';

/**
 * Gives the user of each role, named after the role, a password generated for this run.
 * Playwright starts the host before this runs, and the host reads the changed users file
 * on the next request. The tests read the passwords from BROWSER_TEST_USERS. It also adds
 * the alert with hostile text, whose id the tests read from BROWSER_TEST_HOSTILE_ALERT_ID.
 */
export default async function globalSetup(): Promise<void> {
  let users = (await readUsersFile(BROWSER_TEST_USERS_FILE)) ?? [];
  const generated: GeneratedUser[] = [];
  for (const role of ROLES) {
    const user = { username: role, role, password: generatePassword() };
    const existing = users.find((candidate) => candidate.username === role);
    users =
      existing === undefined
        ? await addUser(users, user)
        : await setUserPassword(users, role, user.password);
    generated.push(user);
  }
  await writeUsersFile(BROWSER_TEST_USERS_FILE, users);
  process.env.BROWSER_TEST_USERS = JSON.stringify(generated);
  process.env.BROWSER_TEST_HOSTILE_ALERT_ID = await indexHostileDocuments(BROWSER_TEST_ENGINE_URL);
}
