/**
 * The parts of Kibana 9.x's server plugin contracts that this plugin uses, declared with
 * the names and member signatures of `@kbn/core-http-server`, `@kbn/core-plugins-server`,
 * `@kbn/logging` and `@kbn/features-plugin` so that Kibana's real objects satisfy them.
 * Kibana's packages are not published to npm, so the plugin cannot import them.
 */
import type { ElasticsearchClient } from './elasticsearch_client';

export type { ElasticsearchClient };

export interface Logger {
  debug(message: string, meta?: object): void;
  info(message: string, meta?: object): void;
  warn(message: string | Error, meta?: object): void;
  error(message: string | Error, meta?: object): void;
  get(...childContextPaths: string[]): Logger;
}

export interface LoggerFactory {
  get(...contextParts: string[]): Logger;
}

export interface PluginInitializerContext {
  logger: LoggerFactory;
}

export type RouteMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface KibanaRequest<P = unknown, Q = unknown, B = unknown> {
  readonly id: string;
  readonly url: URL;
  readonly route: { path: string; method: RouteMethod };
  readonly headers: Record<string, string | string[] | undefined>;
  readonly params: P;
  readonly query: Q;
  readonly body: B;
}

/** The error body Kibana sends: `{ statusCode, error, message }` is built from `message`. */
export type ResponseError = string | Error | { message: string | Error; attributes?: object };

export interface IKibanaResponse<T = unknown> {
  readonly status: number;
  readonly payload?: T;
  readonly options: { body?: T; headers?: Record<string, string> };
}

export interface HttpResponseOptions<T> {
  body?: T;
  headers?: Record<string, string>;
}

export interface CustomHttpResponseOptions<T> extends HttpResponseOptions<T> {
  statusCode: number;
}

export interface KibanaResponseFactory {
  ok<T>(options?: HttpResponseOptions<T>): IKibanaResponse<T>;
  badRequest(options?: HttpResponseOptions<ResponseError>): IKibanaResponse;
  forbidden(options?: HttpResponseOptions<ResponseError>): IKibanaResponse;
  notFound(options?: HttpResponseOptions<ResponseError>): IKibanaResponse;
  conflict(options?: HttpResponseOptions<ResponseError>): IKibanaResponse;
  customError(options: CustomHttpResponseOptions<ResponseError>): IKibanaResponse;
}

export interface RouteValidationError extends Error {
  path?: string[];
}

export interface RouteValidationResultFactory {
  ok<T>(value: T): { value: T };
  badRequest(error: Error | string, path?: string[]): { error: RouteValidationError };
}

export type RouteValidationFunction<T> = (
  data: unknown,
  validationResult: RouteValidationResultFactory
) => { value: T; error?: never } | { value?: never; error: RouteValidationError };

export interface VersionedRouteValidation<P, Q, B> {
  request?: {
    params?: RouteValidationFunction<P>;
    query?: RouteValidationFunction<Q>;
    body?: RouteValidationFunction<B>;
  };
}

export interface RouteSecurity {
  authz: { requiredPrivileges: string[] } | { enabled: false; reason: string };
}

export interface VersionedRouteConfig {
  path: string;
  access: 'public' | 'internal';
  security?: RouteSecurity;
  summary?: string;
  description?: string;
}

export interface AddVersionOpts<P, Q, B> {
  version: string;
  validate: false | VersionedRouteValidation<P, Q, B>;
}

export interface CoreRequestHandlerContext {
  elasticsearch: {
    client: { asCurrentUser: ElasticsearchClient; asInternalUser: ElasticsearchClient };
  };
}

export interface RequestHandlerContext {
  core: Promise<CoreRequestHandlerContext>;
}

export type RequestHandler<P, Q, B> = (
  context: RequestHandlerContext,
  request: KibanaRequest<P, Q, B>,
  response: KibanaResponseFactory
) => Promise<IKibanaResponse>;

export interface VersionedRoute {
  addVersion<P = unknown, Q = unknown, B = unknown>(
    options: AddVersionOpts<P, Q, B>,
    handler: RequestHandler<P, Q, B>
  ): VersionedRoute;
}

export interface VersionedRouter {
  get(config: VersionedRouteConfig): VersionedRoute;
  post(config: VersionedRouteConfig): VersionedRoute;
  put(config: VersionedRouteConfig): VersionedRoute;
  patch(config: VersionedRouteConfig): VersionedRoute;
  delete(config: VersionedRouteConfig): VersionedRoute;
}

export interface IRouter {
  versioned: VersionedRouter;
}

export interface CoreSetup {
  http: { createRouter(): IRouter };
}

/**
 * The saved objects client of `@kbn/core-saved-objects-api-server`, declared by one of its
 * methods: the plugin only passes it to the lists plugin.
 */
export interface SavedObjectsClientContract {
  create(type: string, attributes: object, options?: object): Promise<unknown>;
}

export interface CoreStart {
  elasticsearch: {
    client: {
      asInternalUser: ElasticsearchClient;
      /** Always present in Kibana, but the standalone host leaves it out. */
      asScoped?(request: KibanaRequest): { asCurrentUser: ElasticsearchClient };
    };
  };
  /** Always present in Kibana, but the standalone host has no saved objects. */
  savedObjects?: { getScopedClient(request: KibanaRequest): SavedObjectsClientContract };
}

/** A sub-feature privilege: `api` lists the API privileges it grants. */
export interface SubFeaturePrivilegeConfig {
  id: string;
  name: string;
  includeIn: 'all' | 'read' | 'none';
  api: string[];
  ui: string[];
  savedObject: { all: string[]; read: string[] };
}

export interface FeatureKibanaPrivileges {
  app: string[];
  api: string[];
  ui: string[];
  savedObject: { all: string[]; read: string[] };
}

export interface KibanaFeatureConfig {
  id: string;
  name: string;
  category: { id: string; label: string; order?: number; euiIconType?: string };
  app: string[];
  privileges: { all: FeatureKibanaPrivileges; read: FeatureKibanaPrivileges };
  subFeatures?: Array<{
    name: string;
    privilegeGroups: Array<{ groupType: 'independent'; privileges: SubFeaturePrivilegeConfig[] }>;
  }>;
}

export interface FeaturesPluginSetup {
  registerKibanaFeature(feature: KibanaFeatureConfig): void;
}

export interface SpacesPluginStart {
  spacesService: { getSpaceId(request: KibanaRequest): string };
}

/** The signed-in user, as the security plugin's `authc.getCurrentUser` returns it. */
export interface AuthenticatedUser {
  username: string;
  roles: readonly string[];
  full_name?: string | null;
}

export interface SecurityPluginStart {
  authc: { getCurrentUser(request: KibanaRequest): AuthenticatedUser | null };
}

// The lists plugin's types from `@kbn/securitysolution-io-ts-list-types` and its server
// contract (`ListPluginSetup`, `ExceptionListClient`), limited to what the exception list
// sync calls.
export type NamespaceType = 'single' | 'agnostic';
export type OsType = 'linux' | 'macos' | 'windows';
export type ExceptionListType =
  | 'detection'
  | 'rule_default'
  | 'endpoint'
  | 'endpoint_trusted_apps'
  | 'endpoint_events'
  | 'endpoint_host_isolation_exceptions'
  | 'endpoint_blocklists';

type EntryOperator = 'included' | 'excluded';

/** An exception list item entry. This plugin writes only the first three kinds. */
export type ExceptionListItemEntry =
  | { field: string; operator: EntryOperator; type: 'match' | 'wildcard'; value: string }
  | { field: string; operator: EntryOperator; type: 'match_any'; value: string[] }
  | { field: string; operator: EntryOperator; type: 'exists' }
  | { field: string; operator: EntryOperator; type: 'list'; list: { id: string; type: string } }
  | { field: string; type: 'nested'; entries: ExceptionListItemEntry[] };

export interface ExceptionListItemComment {
  comment: string;
  created_at: string;
  created_by: string;
  id: string;
  updated_at?: string;
  updated_by?: string;
}

export interface ExceptionListItemSchema {
  _version: string | undefined;
  comments: ExceptionListItemComment[];
  created_at: string;
  created_by: string;
  description: string;
  entries: ExceptionListItemEntry[];
  expire_time: string | undefined;
  id: string;
  item_id: string;
  list_id: string;
  meta: object | undefined;
  name: string;
  namespace_type: NamespaceType;
  os_types: OsType[];
  tags: string[];
  tie_breaker_id: string;
  type: 'simple';
  updated_at: string;
  updated_by: string;
}

export interface ExceptionListSchema {
  _version: string | undefined;
  created_at: string;
  created_by: string;
  description: string;
  id: string;
  immutable: boolean;
  list_id: string;
  meta: object | undefined;
  name: string;
  namespace_type: NamespaceType;
  os_types: OsType[];
  tags: string[];
  tie_breaker_id: string;
  type: ExceptionListType;
  updated_at: string;
  updated_by: string;
  version: number;
}

/** Either `id` (the saved object id) or `listId` must be set. */
export interface GetExceptionListOptions {
  listId: string | undefined;
  id: string | undefined;
  namespaceType: NamespaceType;
}

/** Either `id` (the saved object id) or `itemId` must be set. */
export interface GetExceptionListItemOptions {
  itemId: string | undefined;
  id: string | undefined;
  namespaceType: NamespaceType;
}

export type DeleteExceptionListItemOptions = GetExceptionListItemOptions;

export interface CreateExceptionListItemOptions {
  comments: Array<{ comment: string }>;
  description: string;
  entries: ExceptionListItemEntry[];
  expireTime: string | undefined;
  itemId: string;
  listId: string;
  meta: object | undefined;
  name: string;
  namespaceType: NamespaceType;
  osTypes: OsType[];
  tags: string[];
  type: 'simple';
}

/** `_version` is the version read; a stale one makes the write fail with a conflict. */
export interface UpdateExceptionListItemOptions {
  _version: string | undefined;
  comments: Array<{ comment: string; id?: string }>;
  description: string | undefined;
  entries: ExceptionListItemEntry[];
  expireTime: string | undefined;
  id: string | undefined;
  itemId: string | undefined;
  meta: object | undefined;
  name: string | undefined;
  namespaceType: NamespaceType;
  osTypes: OsType[];
  tags: string[] | undefined;
  type: 'simple' | undefined;
}

/**
 * The lists plugin's `ExceptionListClient`. `updateOverwriteExceptionListItem` replaces the
 * stored item, so an `expireTime` of undefined removes the expiry, where
 * `updateExceptionListItem` would keep the old one. The get, update and delete methods
 * return null when no item has the id.
 */
export interface ExceptionListClient {
  getExceptionList(options: GetExceptionListOptions): Promise<ExceptionListSchema | null>;
  getExceptionListItem(
    options: GetExceptionListItemOptions
  ): Promise<ExceptionListItemSchema | null>;
  createExceptionListItem(
    options: CreateExceptionListItemOptions
  ): Promise<ExceptionListItemSchema>;
  updateOverwriteExceptionListItem(
    options: UpdateExceptionListItemOptions
  ): Promise<ExceptionListItemSchema | null>;
  deleteExceptionListItem(
    options: DeleteExceptionListItemOptions
  ): Promise<ExceptionListItemSchema | null>;
}

export interface ListPluginSetup {
  getExceptionListClient(
    savedObjectsClient: SavedObjectsClientContract,
    user: string,
    enableServerExtensionPoints?: boolean
  ): ExceptionListClient;
}

export interface PluginSetupDependencies {
  features: FeaturesPluginSetup;
  lists?: ListPluginSetup;
}

export interface PluginStartDependencies {
  spaces?: SpacesPluginStart;
  security?: SecurityPluginStart;
}
