import crypto from 'node:crypto';

import Cookie from '@hapi/cookie';
import type { Request, Server } from '@hapi/hapi';

import type { Logger } from '../../server/kibana_contracts';
import { findMissingPrivileges, type Role } from '../roles';
import type { LoginThrottle } from './login_throttle';
import type { Authorizer } from './mount_routes';
import { errorBody } from './response_factory';
import type { SessionStore } from './session_store';
import type { StandaloneUser, UserStore } from './user_store';

declare module '@hapi/hapi' {
  interface UserCredentials {
    username: string;
    role: Role;
  }

  interface Request {
    /** Sets or clears the session cookie; added by @hapi/cookie. */
    cookieAuth: { set(session: object): void; clear(): void };
  }
}

export const SESSION_COOKIE = 'sid';
const BASIC_REALM = 'Basic realm="simple-http-investigation", charset="UTF-8"';

export interface AuthenticationServices {
  users: UserStore;
  sessions: SessionStore;
  throttle: LoginThrottle;
  logger: Logger;
}

export type PasswordCheck =
  | { outcome: 'authenticated'; user: StandaloneUser }
  | { outcome: 'rejected' }
  | { outcome: 'throttled'; retryAfterSeconds: number };

/**
 * Registers two strategies and makes every route try them: the session cookie of the login
 * page, then HTTP Basic authentication for scripts. Routes decide what an unauthenticated
 * request gets: the API a 401, the app a redirect to the login page.
 */
export async function registerAuthentication(
  server: Server,
  services: AuthenticationServices
): Promise<void> {
  await server.register(Cookie);

  server.auth.strategy('session', 'cookie', {
    cookie: {
      name: SESSION_COOKIE,
      // Sessions live in memory, so a key that changes on restart loses nothing.
      password: crypto.randomBytes(32).toString('base64url'),
      isSecure: server.info.protocol === 'https',
      isHttpOnly: true,
      isSameSite: 'Strict',
      path: '/',
      clearInvalid: true,
    },
    validate: async (_request: Request, artifact: unknown) => {
      const sessionId = readSessionId(artifact);
      const session = sessionId === null ? null : services.sessions.touch(sessionId);
      let user = session === null ? null : await services.users.findUser(session.username);
      // A removed user or a reset password ends the user's sessions.
      if (
        session !== null &&
        (user === null ||
          session.credentialStamp !== (await services.users.credentialStamp(session.username)))
      ) {
        services.sessions.remove(session.id);
        user = null;
      }
      return user === null ? { isValid: false } : { isValid: true, credentials: { user } };
    },
  });

  server.auth.scheme('basic', () => ({
    authenticate: async (request, h) => {
      const header: unknown = request.headers.authorization;
      const credentials = typeof header === 'string' ? parseBasicHeader(header) : null;
      if (credentials === null) {
        return h.unauthenticated(new Error('Missing credentials'));
      }
      const result = await checkPassword(services, request, credentials.username, credentials.password);
      if (result.outcome === 'throttled') {
        return h
          .response(errorBody(429, tooManyAttemptsMessage(result.retryAfterSeconds)))
          .code(429)
          .header('retry-after', String(result.retryAfterSeconds))
          .takeover();
      }
      if (result.outcome === 'rejected') {
        return h.unauthenticated(new Error('Invalid user name or password'));
      }
      return h.authenticated({ credentials: { user: result.user } });
    },
  }));
  server.auth.strategy('basic', 'basic');

  server.auth.default({ strategies: ['session', 'basic'], mode: 'try' });
}

/**
 * Checks a user name and password with the login throttle: failed attempts for the user
 * name or from the address delay the next ones, then block them for a while.
 */
export async function checkPassword(
  services: AuthenticationServices,
  request: Request,
  username: string,
  password: string
): Promise<PasswordCheck> {
  const { throttle, logger, users } = services;
  const address = request.info.remoteAddress;
  const userKey = `user:${username}`;
  const keys = [userKey, `address:${address}`];

  // Credentials that matched recently, or that another request is checking now, are no new
  // guess. Counting them would block scripts that send many requests at once.
  const verified = await users.findVerified(username, password);
  if (verified !== null) {
    return { outcome: 'authenticated', user: verified };
  }
  if (users.isVerifying(username, password)) {
    const user = await users.authenticate(username, password);
    return user === null ? { outcome: 'rejected' } : { outcome: 'authenticated', user };
  }

  const decision = throttle.attempt(keys);
  if (!decision.allowed) {
    logger.warn(
      `Rejected a sign-in of [${username}] from [${address}] for ${decision.retryAfterSeconds} s after repeated failures`
    );
    return { outcome: 'throttled', retryAfterSeconds: decision.retryAfterSeconds };
  }
  // No await comes between the checks above and this call, so a parallel request with the
  // same credentials finds this check running and shares it.
  const user = await users.authenticate(username, password, decision.delayMs);
  if (user === null) {
    throttle.recordFailure(keys);
    logger.warn(`Failed sign-in of [${username}] from [${address}]`);
    return { outcome: 'rejected' };
  }
  throttle.recordSuccess(keys, [userKey]);
  return { outcome: 'authenticated', user };
}

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  return `Too many failed sign-in attempts. Try again in ${retryAfterSeconds} seconds.`;
}

/**
 * Creates the authorizer of the API routes: 401 without a signed-in user, 403 naming the
 * privileges the user's role lacks.
 */
export function createRoleAuthorizer(): Authorizer {
  return async (request, requiredPrivileges) => {
    const user = request.auth.credentials?.user;
    if (!request.auth.isAuthenticated || user === undefined) {
      // A challenge makes browsers prompt for a password, which the app's own requests must
      // not cause once their session expires. The host clears an invalid session cookie in
      // its response, so a parallel app request may arrive without one. The app's requests
      // therefore carry x-elastic-internal-origin, as Kibana's browser client does.
      const headers: Record<string, string> = {};
      const fromApp = request.headers['x-elastic-internal-origin'] !== undefined;
      if (request.state[SESSION_COOKIE] === undefined && !fromApp) {
        headers['www-authenticate'] = BASIC_REALM;
      }
      return {
        authorized: false,
        status: 401,
        message: 'Authentication required: sign in at /login, or send HTTP Basic credentials',
        headers,
      };
    }
    const missing = findMissingPrivileges(user.role, requiredPrivileges);
    if (missing.length > 0) {
      return {
        authorized: false,
        status: 403,
        message: `User [${user.username}] with role [${user.role}] lacks the privileges [${missing.join(', ')}] this action requires`,
        headers: {},
      };
    }
    return { authorized: true, user: { username: user.username, roles: [user.role] } };
  };
}

/** Returns the signed-in user of a request that went through the default strategies. */
export function readRequestUser(request: Request): StandaloneUser | null {
  const user = request.auth.credentials?.user;
  return request.auth.isAuthenticated && user !== undefined ? user : null;
}

function readSessionId(artifact: unknown): string | null {
  if (typeof artifact !== 'object' || artifact === null || !('sid' in artifact)) {
    return null;
  }
  return typeof artifact.sid === 'string' ? artifact.sid : null;
}

function parseBasicHeader(header: string): { username: string; password: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (match === null) {
    return null;
  }
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) {
    return null;
  }
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
