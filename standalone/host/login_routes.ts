import type { Request, ResponseToolkit, Server } from '@hapi/hapi';

import {
  checkPassword,
  readRequestUser,
  tooManyAttemptsMessage,
  type AuthenticationServices,
} from './authentication';
import { LOGIN_PAGE_CSP, renderLoginPage } from './login_page';
import { readNextPath } from './next_path';
import { errorBody } from './response_factory';

export const LOGIN_PATH = '/login';
export const LOGOUT_PATH = '/logout';
export const CURRENT_USER_PATH = '/internal/security/me';

/**
 * Adds the login page, its form post, logout, and the current user route. The form post
 * needs no `kbn-xsrf` header because browsers cannot add one to a form, so it checks the
 * Origin header instead.
 */
export function registerLoginRoutes(server: Server, services: AuthenticationServices): void {
  server.route({
    method: 'GET',
    path: LOGIN_PATH,
    handler: (request, h) => {
      const next = readNextPath(request.query.next);
      if (readRequestUser(request) !== null) {
        return h.redirect(next);
      }
      return loginPage(h, { next }, 200);
    },
  });

  server.route({
    method: 'POST',
    path: LOGIN_PATH,
    options: {
      auth: false,
      payload: { parse: true, allow: 'application/x-www-form-urlencoded', maxBytes: 4_096 },
    },
    handler: (request, h) => handleLogin(services, request, h),
  });

  server.route({
    method: 'GET',
    path: LOGOUT_PATH,
    handler: (request, h) => {
      const user = readRequestUser(request);
      const sessionId: unknown = request.auth.artifacts?.sid;
      if (typeof sessionId === 'string') {
        services.sessions.remove(sessionId);
      }
      if (user !== null) {
        services.logger.info(`User [${user.username}] signed out`);
      }
      request.cookieAuth.clear();
      return h.redirect(LOGIN_PATH);
    },
  });

  server.route({
    method: 'GET',
    path: CURRENT_USER_PATH,
    handler: (request, h) => {
      const user = readRequestUser(request);
      if (user === null) {
        return h.response(errorBody(401, 'Authentication required')).code(401);
      }
      return { username: user.username, roles: [user.role] };
    },
  });
}

async function handleLogin(services: AuthenticationServices, request: Request, h: ResponseToolkit) {
  const form = readForm(request.payload);
  const next = readNextPath(form.next);

  const origin = request.headers.origin;
  if (origin !== undefined && origin !== expectedOrigin(request)) {
    services.logger.warn(`Rejected a sign-in form posted from origin [${origin}]`);
    return loginPage(h, { next, error: 'The sign-in form must be sent from this site.' }, 403);
  }
  if (form.username === '' || form.password === '') {
    return loginPage(h, { next, username: form.username, error: 'Enter a user name and a password.' }, 400);
  }

  const result = await checkPassword(services, request, form.username, form.password);
  if (result.outcome === 'throttled') {
    return loginPage(h, { next, username: form.username, error: tooManyAttemptsMessage(result.retryAfterSeconds) }, 429)
      .header('retry-after', String(result.retryAfterSeconds));
  }
  if (result.outcome === 'rejected') {
    return loginPage(h, { next, username: form.username, error: 'Invalid user name or password.' }, 401);
  }

  const session = services.sessions.create(
    result.user.username,
    await services.users.credentialStamp(result.user.username)
  );
  request.cookieAuth.set({ sid: session.id });
  services.logger.info(`User [${result.user.username}] signed in from [${request.info.remoteAddress}]`);
  // 303 makes the browser follow with a GET, so a reload does not post the form again.
  return h.redirect(next).code(303);
}

function loginPage(
  h: ResponseToolkit,
  options: Parameters<typeof renderLoginPage>[0],
  status: number
) {
  return h
    .response(renderLoginPage(options))
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-security-policy', LOGIN_PAGE_CSP);
}

function readForm(payload: unknown): { username: string; password: string; next: unknown } {
  const fields = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { username: text(fields.username).trim(), password: text(fields.password), next: fields.next };
}

function expectedOrigin(request: Request): string {
  return `${request.server.info.protocol}://${request.info.host}`;
}
