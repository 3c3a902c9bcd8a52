import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createLogger } from './logger';
import { verifyPassword, type ScryptParameters } from './password_hash';
import { UserStore } from './user_store';
import {
  addUser,
  createInitialUsers,
  readUsersFile,
  removeUser,
  setUserPassword,
  setUserRole,
  writeUsersFile,
  type UserRecord,
} from './users_file';

const FAST: ScryptParameters = { N: 1024, r: 8, p: 1, keyLength: 32 };
const NOW = new Date('2024-05-01T10:00:00.000Z');
const LATER = new Date('2024-05-02T10:00:00.000Z');

let directory: string;
let file: string;

beforeEach(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'users-file-test-'));
  file = path.join(directory, 'users.json');
});

afterEach(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

async function twoAdmins(): Promise<UserRecord[]> {
  let users = await addUser([], { username: 'root-admin', role: 'admin', password: 'first-admin-password' }, NOW, FAST);
  users = await addUser(users, { username: 'backup', role: 'admin', password: 'second-admin-password' }, NOW, FAST);
  return users;
}

describe('createInitialUsers', () => {
  it('creates one user per role with generated passwords', async () => {
    const created = await createInitialUsers(file, FAST);
    expect(created?.map((user) => [user.username, user.role])).toEqual([
      ['viewer', 'viewer'],
      ['analyst', 'analyst'],
      ['lead', 'lead'],
      ['admin', 'admin'],
    ]);

    const stored = await readUsersFile(file);
    expect(stored).toHaveLength(4);
    for (const user of created ?? []) {
      const record = stored?.find((candidate) => candidate.username === user.username);
      expect(record?.role).toBe(user.role);
      expect(record && (await verifyPassword(user.password, record.password))).toBe(true);
    }
  });

  it('stores no password and is readable by its owner only', async () => {
    const created = await createInitialUsers(file, FAST);
    const text = fs.readFileSync(file, 'utf8');
    for (const user of created ?? []) {
      expect(text).not.toContain(user.password);
    }
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('leaves an existing file alone', async () => {
    await writeUsersFile(file, await twoAdmins());
    expect(await createInitialUsers(file, FAST)).toBeNull();
    expect((await readUsersFile(file))?.map((user) => user.username)).toEqual(['root-admin', 'backup']);
  });
});

describe('readUsersFile', () => {
  it('returns null for a missing file', async () => {
    expect(await readUsersFile(file)).toBeNull();
  });

  it('rejects invalid JSON with the path', async () => {
    fs.writeFileSync(file, '{ not json');
    await expect(readUsersFile(file)).rejects.toThrow(`Users file [${file}] is not valid JSON`);
  });

  it('rejects an unknown role with the field', async () => {
    const [user] = await twoAdmins();
    fs.writeFileSync(file, JSON.stringify({ version: 1, users: [{ ...user, role: 'superuser' }] }));
    await expect(readUsersFile(file)).rejects.toThrow('is invalid at [users.0.role]');
  });

  it('round-trips what writeUsersFile wrote', async () => {
    const users = await twoAdmins();
    await writeUsersFile(file, users);
    expect(await readUsersFile(file)).toEqual(users);
  });
});

describe('user changes', () => {
  it('adds a user with times and a hash', async () => {
    const [user] = await addUser([], { username: 'ana.lyst@example', role: 'analyst', password: 'a-long-password' }, NOW, FAST);
    expect(user).toMatchObject({
      username: 'ana.lyst@example',
      role: 'analyst',
      created_at: NOW.toISOString(),
      updated_at: NOW.toISOString(),
    });
  });

  it.each([
    ['bad name', 'has space', 'a-long-password', 'User name [has space] is invalid'],
    ['colon', 'a:b', 'a-long-password', 'User name [a:b] is invalid'],
    ['short password', 'someone', 'short', 'at least 12 characters'],
    ['taken name', 'backup', 'a-long-password', 'User [backup] already exists'],
  ])('rejects a %s', async (_case, username, password, message) => {
    const users = await twoAdmins();
    await expect(addUser(users, { username, role: 'viewer', password }, NOW, FAST)).rejects.toThrow(message);
  });

  it('changes a role and the update time', async () => {
    const users = setUserRole(await twoAdmins(), 'backup', 'lead', LATER);
    expect(users[1]).toMatchObject({ role: 'lead', created_at: NOW.toISOString(), updated_at: LATER.toISOString() });
  });

  it('refuses to demote or remove the last admin', async () => {
    const users = removeUser(await twoAdmins(), 'backup');
    expect(() => setUserRole(users, 'root-admin', 'viewer')).toThrow('it is the last admin');
    expect(() => removeUser(users, 'root-admin')).toThrow('Cannot remove [root-admin]: it is the last admin');
  });

  it('rejects an unknown user', async () => {
    const users = await twoAdmins();
    expect(() => removeUser(users, 'nobody')).toThrow('User [nobody] not found');
  });

  it('resets a password', async () => {
    const users = await setUserPassword(await twoAdmins(), 'backup', 'a-brand-new-password', LATER, FAST);
    const backup = users[1];
    expect(backup?.updated_at).toBe(LATER.toISOString());
    expect(backup && (await verifyPassword('a-brand-new-password', backup.password))).toBe(true);
    expect(backup && (await verifyPassword('second-admin-password', backup.password))).toBe(false);
  });
});

describe('UserStore', () => {
  const logger = createLogger('test', 'error');

  it('authenticates against the file and sees later changes', async () => {
    await writeUsersFile(file, await twoAdmins());
    const store = new UserStore(file, logger);
    expect(await store.authenticate('backup', 'second-admin-password')).toEqual({ username: 'backup', role: 'admin' });
    expect(await store.authenticate('backup', 'wrong-password!')).toBeNull();
    expect(await store.authenticate('nobody', 'second-admin-password')).toBeNull();

    const changed = setUserRole(removeUser(await twoAdmins(), 'root-admin'), 'backup', 'admin');
    const reset = await setUserPassword(changed, 'backup', 'third-admin-password', LATER, FAST);
    await writeUsersFile(file, reset);
    expect(await store.findUser('root-admin')).toBeNull();
    expect(await store.authenticate('backup', 'second-admin-password')).toBeNull();
    expect(await store.authenticate('backup', 'third-admin-password')).toEqual({ username: 'backup', role: 'admin' });
  });

  it('keeps the users read before when the file turns invalid', async () => {
    await writeUsersFile(file, await twoAdmins());
    const store = new UserStore(file, logger);
    expect(await store.findUser('backup')).not.toBeNull();
    fs.writeFileSync(file, '{ half written');
    expect(await store.findUser('backup')).toEqual({ username: 'backup', role: 'admin' });
  });
});
