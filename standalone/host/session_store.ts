import crypto from 'node:crypto';

/** A signed-in browser session. Times in milliseconds since the epoch. */
export interface Session {
  id: string;
  username: string;
  /** Fingerprint of the user's password hash at sign-in; a new password ends the session. */
  credentialStamp: string | null;
  createdAt: number;
  lastSeenAt: number;
}

export interface SessionLimits {
  /** A session ends after this long without a request. */
  idleTimeoutMs: number;
  /** A session ends this long after sign-in, however active. */
  lifetimeMs: number;
}

/** Sessions older than this end even when in use: the user signs in again once a day. */
export const SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * Sessions kept in memory, so a restart of the host signs everyone out. The session cookie
 * carries only the id.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly limits: SessionLimits,
    private readonly now: () => number = Date.now
  ) {}

  create(username: string, credentialStamp: string | null = null): Session {
    this.removeExpired();
    const time = this.now();
    const session = {
      id: crypto.randomBytes(32).toString('base64url'),
      username,
      credentialStamp,
      createdAt: time,
      lastSeenAt: time,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** Returns the session and marks it used, or returns null when it is unknown or expired. */
  touch(id: string): Session | null {
    const session = this.sessions.get(id);
    if (session === undefined) {
      return null;
    }
    const time = this.now();
    if (this.isExpired(session, time)) {
      this.sessions.delete(id);
      return null;
    }
    session.lastSeenAt = time;
    return session;
  }

  remove(id: string): void {
    this.sessions.delete(id);
  }

  get size(): number {
    return this.sessions.size;
  }

  private removeExpired(): void {
    const time = this.now();
    for (const [id, session] of this.sessions) {
      if (this.isExpired(session, time)) {
        this.sessions.delete(id);
      }
    }
  }

  private isExpired(session: Session, time: number): boolean {
    return (
      time - session.lastSeenAt >= this.limits.idleTimeoutMs ||
      time - session.createdAt >= this.limits.lifetimeMs
    );
  }
}
