import type {
  AddVersionOpts,
  IRouter,
  RequestHandler,
  RouteMethod,
  VersionedRoute,
  VersionedRouteConfig,
} from '../../server/kibana_contracts';

export interface RegisteredVersion {
  options: AddVersionOpts<unknown, unknown, unknown>;
  handler: RequestHandler<unknown, unknown, unknown>;
}

/** A route registered through the versioned router, with its handler per version. */
export interface RegisteredRoute {
  method: RouteMethod;
  config: VersionedRouteConfig;
  versions: Map<string, RegisteredVersion>;
}

/**
 * Records routes the way Kibana's versioned router receives them, so the HTTP server can
 * mount them once the plugins have set up.
 */
export class RouteRegistry implements IRouter {
  readonly routes: RegisteredRoute[] = [];

  readonly versioned = {
    get: (config: VersionedRouteConfig) => this.register('get', config),
    post: (config: VersionedRouteConfig) => this.register('post', config),
    put: (config: VersionedRouteConfig) => this.register('put', config),
    patch: (config: VersionedRouteConfig) => this.register('patch', config),
    delete: (config: VersionedRouteConfig) => this.register('delete', config),
  };

  private register(method: RouteMethod, config: VersionedRouteConfig): VersionedRoute {
    if (!config.security) {
      throw new Error(`Route [${method}] [${config.path}] must declare its security`);
    }
    const route: RegisteredRoute = { method, config, versions: new Map() };
    this.routes.push(route);

    const versionedRoute: VersionedRoute = {
      addVersion: (options, handler) => {
        if (route.versions.has(options.version)) {
          throw new Error(`Version [${options.version}] of [${config.path}] is registered twice`);
        }
        route.versions.set(options.version, {
          options: options as AddVersionOpts<unknown, unknown, unknown>,
          handler: handler as RequestHandler<unknown, unknown, unknown>,
        });
        return versionedRoute;
      },
    };
    return versionedRoute;
  }
}
