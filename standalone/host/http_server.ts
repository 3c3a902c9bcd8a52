import fs from 'node:fs';
import path from 'node:path';

import Hapi from '@hapi/hapi';
import Inert from '@hapi/inert';

import { APP_PATH } from '../../common/constants';
import type { Logger, RequestHandlerContext } from '../../server/kibana_contracts';
import { mountRoutes, type Authorizer } from './mount_routes';
import type { RegisteredRoute } from './versioned_router';

export interface HttpServerOptions {
  port: number;
  host: string;
  browserBuildDir: string;
  routes: RegisteredRoute[];
  logger: Logger;
  authorize: Authorizer;
  createContext(): RequestHandlerContext;
}

/**
 * Creates the hapi server: the plugin's API routes, the browser app's page for every path
 * under the app's route, and the bundles.
 */
export async function createHttpServer(options: HttpServerOptions): Promise<Hapi.Server> {
  const server = Hapi.server({
    port: options.port,
    host: options.host,
    routes: { security: { hsts: false, xframe: 'deny', noSniff: true, referrer: 'same-origin' } },
  });
  await server.register(Inert);

  mountRoutes(server, options.routes, {
    logger: options.logger,
    authorize: options.authorize,
    createContext: () => options.createContext(),
  });

  const indexPage = path.join(options.browserBuildDir, 'index.html');
  const servePage: Hapi.Lifecycle.Method = (_request, h) => {
    if (!fs.existsSync(indexPage)) {
      return h
        .response('The browser app is not built. Run `npm run build`, then reload.')
        .code(503)
        .type('text/plain');
    }
    return h.file(indexPage, { confine: false }).header('cache-control', 'no-store');
  };

  server.route({ method: 'GET', path: APP_PATH, handler: servePage });
  server.route({ method: 'GET', path: `${APP_PATH}/{path*}`, handler: servePage });
  server.route({ method: 'GET', path: '/', handler: (_request, h) => h.redirect(APP_PATH) });
  // Browsers request a favicon on every page, and an empty response keeps a 404 out of the console.
  server.route({ method: 'GET', path: '/favicon.ico', handler: (_request, h) => h.response().code(204) });
  server.route({
    method: 'GET',
    path: '/bundles/{path*}',
    handler: { directory: { path: options.browserBuildDir, index: false, listing: false } },
  });

  return server;
}
