import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

import type { Logger } from '../../server/kibana_contracts';
import type { Role } from '../roles';
import { generatePassword, hashPassword, verifyPassword, type PasswordHash } from './password_hash';
import { readUsersFile, type UserRecord } from './users_file';

/** A user the host has authenticated. */
export interface StandaloneUser {
  username: string;
  role: Role;
}

/** How long a checked user name and password pair is remembered, so Basic calls skip scrypt. */
const VERIFIED_TTL_MS = 5 * 60 * 1000;
const MAX_VERIFIED_ENTRIES = 1_000;

/**
 * The users of the users file. The store reads the file again when it changes, so the users
 * command takes effect without a restart: a removed user's sessions stop working and a new
 * role applies to the next request.
 */
export class UserStore {
  private users = new Map<string, UserRecord>();
  private fileSignature: string | null = null;
  /** HMACs of recently checked credentials, so the map never contains a password. */
  private readonly verified = new Map<string, { username: string; expiresAt: number }>();
  private readonly hmacKey = crypto.randomBytes(32);
  private readonly verifying = new Map<string, Promise<StandaloneUser | null>>();
  private unknownUserHash: Promise<PasswordHash> | null = null;

  constructor(
    readonly file: string,
    private readonly logger: Logger
  ) {}

  /** Returns the user with this name, or null when the users file has none. */
  async findUser(username: string): Promise<StandaloneUser | null> {
    await this.refresh();
    const record = this.users.get(username);
    return record === undefined ? null : { username: record.username, role: record.role };
  }

  /**
   * Returns a fingerprint of the user's stored password hash, or null when the user is
   * unknown. Sessions keep it from sign-in, so a reset password ends them.
   */
  async credentialStamp(username: string): Promise<string | null> {
    await this.refresh();
    const record = this.users.get(username);
    if (record === undefined) {
      return null;
    }
    return crypto.createHash('sha256').update(JSON.stringify(record.password)).digest('hex');
  }

  /**
   * Returns the user when this name and password matched within the last five minutes, so
   * repeated Basic calls skip scrypt and the login throttle.
   */
  async findVerified(username: string, password: string): Promise<StandaloneUser | null> {
    await this.refresh();
    const record = this.users.get(username);
    const cached = this.verified.get(this.credentialKey(username, password));
    if (record === undefined || cached === undefined || cached.expiresAt <= Date.now()) {
      return null;
    }
    return { username: record.username, role: record.role };
  }

  /** Returns true while the same name and password are being checked by another request. */
  isVerifying(username: string, password: string): boolean {
    return this.verifying.has(this.credentialKey(username, password));
  }

  /**
   * Returns the user when the password matches, or null, after waiting `delayMs`. Parallel
   * checks of the same name and password share one check, which `isVerifying` reports from
   * the moment this method returns.
   */
  authenticate(username: string, password: string, delayMs = 0): Promise<StandaloneUser | null> {
    const key = this.credentialKey(username, password);
    const running = this.verifying.get(key);
    if (running !== undefined) {
      return running;
    }
    const check = this.verify(username, password, key, delayMs).finally(() =>
      this.verifying.delete(key)
    );
    this.verifying.set(key, check);
    return check;
  }

  private async verify(
    username: string,
    password: string,
    key: string,
    delayMs: number
  ): Promise<StandaloneUser | null> {
    if (delayMs > 0) {
      await sleep(delayMs);
    }
    await this.refresh();
    const record = this.users.get(username);
    if (record === undefined) {
      // Hashing anyway keeps the response time from telling which user names exist.
      this.unknownUserHash ??= hashPassword(generatePassword());
      await verifyPassword(password, await this.unknownUserHash);
      return null;
    }
    if (!(await verifyPassword(password, record.password))) {
      return null;
    }

    if (this.verified.size >= MAX_VERIFIED_ENTRIES) {
      this.verified.clear();
    }
    this.verified.set(key, { username, expiresAt: Date.now() + VERIFIED_TTL_MS });
    return { username: record.username, role: record.role };
  }

  private credentialKey(username: string, password: string): string {
    return crypto.createHmac('sha256', this.hmacKey).update(`${username}\0${password}`).digest('base64');
  }

  private async refresh(): Promise<void> {
    let signature: string;
    try {
      const stat = await fs.stat(this.file);
      signature = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    } catch (error) {
      signature = `missing:${(error as NodeJS.ErrnoException).code ?? 'unknown'}`;
    }
    if (signature === this.fileSignature) {
      return;
    }

    try {
      const records = (await readUsersFile(this.file)) ?? [];
      if (records.length === 0) {
        this.logger.warn(`Users file [${this.file}] has no users, so nobody can sign in`);
      }
      this.users = new Map(records.map((record) => [record.username, record]));
      this.verified.clear();
      this.fileSignature = signature;
    } catch (error) {
      // Keeping the users read last keeps people signed in while someone edits the file.
      this.logger.error(
        `Failed to read users file [${this.file}], keeping the users read before: ${(error as Error).message}`
      );
      this.fileSignature = signature;
    }
  }
}
