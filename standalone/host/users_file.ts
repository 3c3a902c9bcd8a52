import fs from 'node:fs/promises';
import path from 'node:path';

import { z } from 'zod';

import { ROLES, type Role } from '../roles';
import {
  DEFAULT_SCRYPT_PARAMETERS,
  generatePassword,
  hashPassword,
  type ScryptParameters,
} from './password_hash';

/** A user of the standalone host as the users file stores it: never the password itself. */
export interface UserRecord {
  username: string;
  role: Role;
  password: z.infer<typeof passwordHashSchema>;
  created_at: string;
  updated_at: string;
}

/** A user with a password generated for them, to show once and then forget. */
export interface GeneratedUser {
  username: string;
  role: Role;
  password: string;
}

export const USERNAME_PATTERN = /^[A-Za-z0-9._@-]{1,64}$/;
export const MIN_PASSWORD_LENGTH = 12;

const FILE_VERSION = 1;

const passwordHashSchema = z.object({
  algorithm: z.literal('scrypt'),
  N: z.number().int().min(2),
  r: z.number().int().min(1),
  p: z.number().int().min(1),
  keyLength: z.number().int().min(16),
  salt: z.string().min(1),
  hash: z.string().min(1),
});

const usersFileSchema = z.object({
  version: z.literal(FILE_VERSION),
  users: z.array(
    z.object({
      username: z.string().regex(USERNAME_PATTERN),
      role: z.enum(ROLES),
      password: passwordHashSchema,
      created_at: z.string(),
      updated_at: z.string(),
    })
  ),
});

/** Reads the users file; returns null when it does not exist, and throws when it is invalid. */
export async function readUsersFile(file: string): Promise<UserRecord[] | null> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return null;
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Users file [${file}] is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = usersFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Users file [${file}] is invalid at [${issue?.path.join('.') ?? ''}]: ${issue?.message ?? 'unknown'}. Fix or remove it.`
    );
  }
  return parsed.data.users;
}

/**
 * Writes the users file readable by its owner only (mode 0600). It writes a temporary file
 * and renames it, so a host that reads the file meanwhile sees the old or the new users.
 */
export async function writeUsersFile(file: string, users: UserRecord[]): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const text = `${JSON.stringify({ version: FILE_VERSION, users }, null, 2)}\n`;
  await fs.writeFile(temporary, text, { mode: 0o600 });
  await fs.chmod(temporary, 0o600);
  await fs.rename(temporary, file);
}

/**
 * Creates the users file with one user of each role, named after the role, when the file
 * does not exist. Returns the users with their generated passwords, or null when the file
 * already existed.
 */
export async function createInitialUsers(
  file: string,
  parameters: ScryptParameters = DEFAULT_SCRYPT_PARAMETERS
): Promise<GeneratedUser[] | null> {
  if ((await readUsersFile(file)) !== null) {
    return null;
  }
  const generated = ROLES.map((role) => ({ username: role, role, password: generatePassword() }));
  let users: UserRecord[] = [];
  for (const user of generated) {
    users = await addUser(users, user, new Date(), parameters);
  }
  await writeUsersFile(file, users);
  return generated;
}

/** Returns the users with a new user added; throws when the name is invalid or taken. */
export async function addUser(
  users: UserRecord[],
  user: GeneratedUser,
  now: Date = new Date(),
  parameters: ScryptParameters = DEFAULT_SCRYPT_PARAMETERS
): Promise<UserRecord[]> {
  if (!USERNAME_PATTERN.test(user.username)) {
    throw new Error(
      `User name [${user.username}] is invalid: use 1 to 64 letters, digits, dots, dashes, underscores or @`
    );
  }
  if (users.some((existing) => existing.username === user.username)) {
    throw new Error(`User [${user.username}] already exists; use reset-password or set-role`);
  }
  checkPasswordLength(user.password);
  const time = now.toISOString();
  const password = await hashPassword(user.password, parameters);
  return [
    ...users,
    { username: user.username, role: user.role, password, created_at: time, updated_at: time },
  ];
}

/** Returns the users with one user's role changed; throws when that demotes the last admin. */
export function setUserRole(
  users: UserRecord[],
  username: string,
  role: Role,
  now: Date = new Date()
): UserRecord[] {
  const user = findUser(users, username);
  if (user.role === 'admin' && role !== 'admin') {
    assertAnotherAdmin(users, username, `change the role of [${username}]`);
  }
  return users.map((existing) =>
    existing === user ? { ...existing, role, updated_at: now.toISOString() } : existing
  );
}

/** Returns the users with a new password hash for one user. */
export async function setUserPassword(
  users: UserRecord[],
  username: string,
  password: string,
  now: Date = new Date(),
  parameters: ScryptParameters = DEFAULT_SCRYPT_PARAMETERS
): Promise<UserRecord[]> {
  const user = findUser(users, username);
  checkPasswordLength(password);
  const hash = await hashPassword(password, parameters);
  return users.map((existing) =>
    existing === user ? { ...existing, password: hash, updated_at: now.toISOString() } : existing
  );
}

/** Returns the users without one user; throws when that user is the last admin. */
export function removeUser(users: UserRecord[], username: string): UserRecord[] {
  const user = findUser(users, username);
  if (user.role === 'admin') {
    assertAnotherAdmin(users, username, `remove [${username}]`);
  }
  return users.filter((existing) => existing !== user);
}

function findUser(users: UserRecord[], username: string): UserRecord {
  const user = users.find((existing) => existing.username === username);
  if (user === undefined) {
    throw new Error(`User [${username}] not found; the list command shows every user`);
  }
  return user;
}

function assertAnotherAdmin(users: UserRecord[], username: string, action: string): void {
  if (!users.some((user) => user.role === 'admin' && user.username !== username)) {
    throw new Error(`Cannot ${action}: it is the last admin. Add another admin first.`);
  }
}

function checkPasswordLength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
}
