import type { Request, ResponseToolkit, RouteDefMethods, Server } from '@hapi/hapi';

import type {
  AuthenticatedUser,
  KibanaRequest,
  Logger,
  RequestHandlerContext,
  RouteValidationFunction,
  RouteValidationResultFactory,
} from '../../server/kibana_contracts';
import { errorBody, responseFactory } from './response_factory';
import { readSpaceBasePath } from './spaces';
import type { RegisteredRoute, RegisteredVersion } from './versioned_router';

const VERSION_HEADER = 'elastic-api-version';

export type AuthorizationResult =
  | { authorized: true; user: AuthenticatedUser }
  | { authorized: false; status: 401 | 403; message: string; headers: Record<string, string> };

/** Decides whether the request may use a route that requires the given API privileges. */
export type Authorizer = (
  request: Request,
  requiredPrivileges: string[]
) => Promise<AuthorizationResult>;

export interface MountOptions {
  logger: Logger;
  authorize: Authorizer;
  createContext(request: Request): RequestHandlerContext;
  /** Receives the user of each authorized request, for the security contract to return. */
  requestUsers: WeakMap<KibanaRequest, AuthenticatedUser>;
  /** Receives the base path of each request (`/s/<space_id>` or empty), for the spaces contract. */
  requestBasePaths: WeakMap<KibanaRequest, string>;
}

const validationResult: RouteValidationResultFactory = {
  ok: (value) => ({ value }),
  badRequest: (error, path) => {
    const validationError = typeof error === 'string' ? new Error(error) : error;
    return { error: Object.assign(validationError, { path }) };
  },
};

/**
 * Mounts versioned routes on hapi with Kibana's request handling. The user and the route's
 * privileges are checked first. The version comes from the `elastic-api-version` header, or
 * is the oldest version when the header is missing, as Kibana does for public routes.
 * Writes need a `kbn-xsrf` header and a JSON body, if any. Params, query and body are
 * validated before the handler runs.
 */
export function mountRoutes(server: Server, routes: RegisteredRoute[], options: MountOptions) {
  for (const route of routes) {
    server.route({
      method: route.method.toUpperCase() as RouteDefMethods,
      path: route.config.path,
      // hapi rejects payload settings on GET routes. Writes take JSON only, so any other
      // content type gets 415 before the handler runs.
      // NOTE: hapi reads the body before the handler checks the user, so a request without
      // credentials and with a bad body gets 400, 413 or 415 instead of 401.
      options: route.method === 'get' ? {} : { payload: { allow: 'application/json' } },
      handler: (request, h) => handleRequest(route, request, h, options),
    });
  }
}

async function handleRequest(
  route: RegisteredRoute,
  request: Request,
  h: ResponseToolkit,
  options: MountOptions
) {
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    const response = h.response(body as object).code(status);
    for (const [name, value] of Object.entries(headers)) {
      response.header(name, value);
    }
    return response;
  };
  const fail = (status: number, message: string) => reply(status, errorBody(status, message));

  const authz = route.config.security?.authz;
  const privileges = authz && 'requiredPrivileges' in authz ? authz.requiredPrivileges : [];
  const authorization = await options.authorize(request, privileges);
  if (!authorization.authorized) {
    const { status, message, headers } = authorization;
    return reply(status, errorBody(status, message), headers);
  }

  const header: unknown = request.headers[VERSION_HEADER];
  const resolved = resolveVersion(route, typeof header === 'string' ? header : undefined);
  if (typeof resolved === 'string') {
    return fail(400, resolved);
  }
  const [version, registered] = resolved;

  if (route.method !== 'get' && request.headers['kbn-xsrf'] === undefined) {
    return fail(400, 'Request must contain a kbn-xsrf header.');
  }

  const validated = validateRequest(registered, request);
  if ('error' in validated) {
    return fail(400, validated.error);
  }

  const kibanaRequest: KibanaRequest = {
    id: request.info.id,
    url: request.url,
    route: { path: route.config.path, method: route.method },
    headers: request.headers as Record<string, string | string[] | undefined>,
    ...validated,
  };
  options.requestUsers.set(kibanaRequest, authorization.user);
  options.requestBasePaths.set(kibanaRequest, readSpaceBasePath(request));

  try {
    const result = await registered.handler(
      options.createContext(request),
      kibanaRequest,
      responseFactory
    );
    return reply(result.status, result.payload ?? null, {
      ...result.options.headers,
      [VERSION_HEADER]: version,
    });
  } catch (error) {
    options.logger.error(
      `Unhandled error in [${route.method}] [${route.config.path}] (request ${request.info.id}): ${
        error instanceof Error ? error.stack : String(error)
      }`
    );
    return fail(500, 'An internal server error occurred. The server log has the details.');
  }
}

function resolveVersion(
  route: RegisteredRoute,
  header: string | undefined
): [string, RegisteredVersion] | string {
  const available = [...route.versions.keys()].sort();
  const version = header ?? available[0];
  const registered = version === undefined ? undefined : route.versions.get(version);
  if (version === undefined || registered === undefined) {
    return `No version "${header}" available for [${route.method}] [${route.config.path}]. Available versions are: [${available.join(', ')}]`;
  }
  return [version, registered];
}

function validateRequest(
  registered: RegisteredVersion,
  request: Request
): { params: unknown; query: unknown; body: unknown } | { error: string } {
  const rules = registered.options.validate === false ? {} : registered.options.validate.request;
  const params = runValidation(rules?.params, request.params);
  if ('error' in params) {
    return params;
  }
  const query = runValidation(rules?.query, request.query);
  if ('error' in query) {
    return query;
  }
  const body = runValidation(rules?.body, request.payload ?? undefined);
  if ('error' in body) {
    return body;
  }
  return { params: params.value, query: query.value, body: body.value };
}

function runValidation(
  validate: RouteValidationFunction<unknown> | undefined,
  data: unknown
): { value: unknown } | { error: string } {
  if (validate === undefined) {
    return { value: {} };
  }
  const result = validate(data, validationResult);
  return result.error ? { error: result.error.message } : { value: result.value };
}
