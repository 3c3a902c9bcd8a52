import fs from 'node:fs';
import path from 'node:path';

import Hapi from '@hapi/hapi';
import Inert from '@hapi/inert';

import { APP_PATH } from '../../common/constants';
import type {
  AuthenticatedUser,
  KibanaRequest,
  Logger,
  RequestHandlerContext,
} from '../../server/kibana_contracts';
import {
  createRoleAuthorizer,
  readRequestUser,
  registerAuthentication,
  type AuthenticationServices,
} from './authentication';
import { MAX_PAYLOAD_BYTES, registerErrorResponses } from './error_responses';
import { LOGIN_PATH, registerLoginRoutes } from './login_routes';
import { mountRoutes } from './mount_routes';
import { readSpaceBasePath, registerSpaces } from './spaces';
import type { RegisteredRoute } from './versioned_router';

/**
 * The app page's Content-Security-Policy, close to Kibana's default: scripts only from this
 * host, so text that slipped into the page as HTML still could not run. Emotion, which EUI
 * styles with, inserts style elements, so inline styles stay allowed.
 */
export const APP_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src blob: 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface HttpServerOptions {
  port: number;
  host: string;
  browserBuildDir: string;
  routes: RegisteredRoute[];
  logger: Logger;
  authentication: AuthenticationServices;
  requestUsers: WeakMap<KibanaRequest, AuthenticatedUser>;
  /** Spaces served under `/s/<space_id>/`. The root serves the default space. */
  spaceIds: readonly string[];
  requestBasePaths: WeakMap<KibanaRequest, string>;
  createContext(): RequestHandlerContext;
}

/**
 * Creates the hapi server: sign-in, the plugin's API routes, the browser app's page for
 * every path under the app's route, and the bundles. The app's page redirects to the login
 * page without a session; the bundles and the favicon need none.
 */
export async function createHttpServer(options: HttpServerOptions): Promise<Hapi.Server> {
  const server = Hapi.server({
    port: options.port,
    host: options.host,
    routes: {
      security: { hsts: false, xframe: 'deny', noSniff: true, referrer: 'same-origin' },
      payload: { maxBytes: MAX_PAYLOAD_BYTES },
    },
  });
  registerErrorResponses(server, options.logger);
  registerSpaces(server, options.spaceIds);
  await server.register(Inert);
  await registerAuthentication(server, options.authentication);
  registerLoginRoutes(server, options.authentication);

  mountRoutes(server, options.routes, {
    logger: options.logger,
    authorize: createRoleAuthorizer(),
    createContext: () => options.createContext(),
    requestUsers: options.requestUsers,
    requestBasePaths: options.requestBasePaths,
  });

  const indexPage = path.join(options.browserBuildDir, 'index.html');
  const servePage: Hapi.Lifecycle.Method = (request, h) => {
    if (readRequestUser(request) === null) {
      const next = `${readSpaceBasePath(request)}${request.url.pathname}${request.url.search}`;
      return h.redirect(`${LOGIN_PATH}?next=${encodeURIComponent(next)}`);
    }
    if (!fs.existsSync(indexPage)) {
      return h
        .response('The browser app is not built. Run `npm run build`, then reload.')
        .code(503)
        .type('text/plain');
    }
    return h
      .file(indexPage, { confine: false })
      .header('cache-control', 'no-store')
      .header('content-security-policy', APP_PAGE_CSP);
  };

  server.route({ method: 'GET', path: APP_PATH, handler: servePage });
  server.route({ method: 'GET', path: `${APP_PATH}/{path*}`, handler: servePage });
  server.route({
    method: 'GET',
    path: '/',
    handler: (request, h) => h.redirect(`${readSpaceBasePath(request)}${APP_PATH}`),
  });
  // Browsers request a favicon on every page, and an empty response keeps a 404 out of the console.
  server.route({
    method: 'GET',
    path: '/favicon.ico',
    options: { auth: false },
    handler: (_request, h) => h.response().code(204),
  });
  server.route({
    method: 'GET',
    path: '/bundles/{path*}',
    options: { auth: false },
    handler: { directory: { path: options.browserBuildDir, index: false, listing: false } },
  });

  return server;
}
