/**
 * The parts of Kibana 9.x's browser contracts that this plugin uses, declared with the
 * names and member signatures of Kibana's own types so that Kibana's real objects satisfy
 * them. Kibana's packages are not published to npm, so the plugin cannot import them.
 *
 * Sources in elastic/kibana:
 * - `src/core/packages/lifecycle/browser/src/core_setup.ts` and `core_start.ts`
 * - `src/core/packages/application/browser/src/contracts.ts`, `application.ts`,
 *   `app_mount.ts` and `scoped_history.ts`
 * - `src/core/packages/application/common/src/app_category.ts`
 * - `src/core/packages/capabilities/common/src/capabilities.ts`
 * - `src/core/packages/http/browser/src/types.ts`
 * - `src/core/packages/notifications/browser/src/contracts.ts` and `types.ts`
 * - `src/core/packages/chrome/browser/src/contracts.ts`, `breadcrumb.ts` and `doc_title.ts`
 * - `src/core/packages/theme/browser/src/types.ts`
 * - `src/core/packages/plugins/browser/src/plugin_initializer.ts`
 */
import type { MouseEventHandler } from 'react';
import type { History } from 'history';
import type { Observable } from 'rxjs';

/** `PluginInitializerContext`. The plugin reads none of opaqueId, env, logger and config. */
export type PluginInitializerContext = object;

/** `CoreTheme` from `@kbn/core-theme-browser`. */
export interface CoreTheme {
  readonly darkMode: boolean;
  readonly name: string;
}

/**
 * `ThemeServiceStart` from `@kbn/core-theme-browser`. The app reads the first theme here and
 * follows changes through `AppMountParameters.theme$`.
 */
export interface ThemeServiceStart {
  getTheme(): CoreTheme;
}

/**
 * `ScopedHistory` from `@kbn/core-application-browser`: a `History` scoped to the app's base
 * path. The plugin uses only the `History` members (`createSubHistory` is not declared).
 */
export type ScopedHistory<HistoryLocationState = unknown> = History<HistoryLocationState>;

/** `AppUnmount`: called synchronously when the app leaves the page. */
export type AppUnmount = () => void;

/**
 * `AppMountParameters`. The plugin reads `element`, `history` and `theme$`, so `appBasePath`
 * (deprecated), `onAppLeave` and `setHeaderActionMenu` (deprecated) are not declared.
 */
export interface AppMountParameters<HistoryLocationState = unknown> {
  element: HTMLElement;
  history: ScopedHistory<HistoryLocationState>;
  theme$: Observable<CoreTheme>;
}

/** `AppCategory` from `@kbn/core-application-common`. */
export interface AppCategory {
  id: string;
  label: string;
  order?: number;
  euiIconType?: string;
}

/** `App`: the members the plugin sets when it registers its application. */
export interface App<HistoryLocationState = unknown> {
  id: string;
  title: string;
  category?: AppCategory;
  euiIconType?: string;
  mount: (params: AppMountParameters<HistoryLocationState>) => AppUnmount | Promise<AppUnmount>;
}

/** `ApplicationSetup`. */
export interface ApplicationSetup {
  register<HistoryLocationState = unknown>(app: App<HistoryLocationState>): void;
}

/** `Capabilities` from `@kbn/core-capabilities-common`: UI capabilities of the current user. */
export interface Capabilities {
  navLinks: Record<string, boolean>;
  management: { [sectionId: string]: Record<string, boolean> };
  catalogue: Record<string, boolean>;
  /** Capabilities that features register, such as `simpleHttpInvestigation.review`. */
  [key: string]: Record<string, boolean | Record<string, boolean>>;
}

/**
 * `ApplicationStart`. Kibana types `capabilities` as `RecursiveReadonly<Capabilities>`, which
 * the plugin never writes to, so the declaration leaves out the recursive readonly.
 */
export interface ApplicationStart {
  capabilities: Readonly<Capabilities>;
}

/** `HttpFetchQuery`. */
export interface HttpFetchQuery {
  [key: string]: string | number | boolean | string[] | number[] | boolean[] | undefined | null;
}

/** `HttpFetchOptions`: the `HttpRequestInit` members the plugin sets, `query` and `version`. */
export interface HttpFetchOptions {
  method?: string;
  body?: BodyInit | null;
  headers?: Record<string, string>;
  signal?: AbortSignal | null;
  query?: HttpFetchQuery;
  /** Sent as the `elastic-api-version` header. */
  version?: string;
}

/** `HttpHandler`: the overload that resolves to the parsed response body. */
export type HttpHandler = <TResponseBody = unknown>(
  path: string,
  options?: HttpFetchOptions
) => Promise<TResponseBody>;

/** `HttpSetup` / `HttpStart`. */
export interface HttpStart {
  fetch: HttpHandler;
}

/** `IHttpFetchError`: what `fetch` rejects with on a non-2xx response or a network failure. */
export interface IHttpFetchError<TResponseBody = unknown> extends Error {
  readonly name: string;
  readonly request: Request;
  readonly response?: Response;
  readonly body?: TResponseBody;
}

/** `ToastInputFields`: Kibana also accepts a `MountPoint` for `title` and `text`. */
export interface ToastInputFields {
  title?: string;
  text?: string;
  'data-test-subj'?: string;
}

export type ToastInput = string | ToastInputFields;

/** `Toast`: a toast as added to the list. */
export type Toast = ToastInputFields & { id: string };

/** `ToastOptions`. */
export interface ToastOptions {
  toastLifeTimeMs?: number;
}

/** `ErrorToastOptions`. */
export interface ErrorToastOptions extends ToastOptions {
  title: string;
  toastMessage?: string;
}

/** `IToasts`. */
export interface IToasts {
  addSuccess(toastOrTitle: ToastInput, options?: ToastOptions): Toast;
  addDanger(toastOrTitle: ToastInput, options?: ToastOptions): Toast;
  addError(error: Error, options: ErrorToastOptions): Toast;
}

/** `NotificationsStart`. */
export interface NotificationsStart {
  toasts: IToasts;
}

/** `ChromeBreadcrumb`: an `EuiBreadcrumb` whose `text` the plugin always sets to a string. */
export interface ChromeBreadcrumb {
  text: string;
  href?: string;
  onClick?: MouseEventHandler<HTMLAnchorElement>;
  'data-test-subj'?: string;
}

/** `ChromeDocTitle`. */
export interface ChromeDocTitle {
  change(newTitle: string | string[]): void;
}

/** `ChromeStart`. */
export interface ChromeStart {
  docTitle: ChromeDocTitle;
  setBreadcrumbs(newBreadcrumbs: ChromeBreadcrumb[]): void;
}

/** `CoreStart`. */
export interface CoreStart {
  application: ApplicationStart;
  chrome: ChromeStart;
  http: HttpStart;
  notifications: NotificationsStart;
  theme: ThemeServiceStart;
}

/** `CoreSetup`, whose `getStartServices` resolves after every plugin has started. */
export interface CoreSetup {
  application: ApplicationSetup;
  getStartServices: () => Promise<[CoreStart, object, unknown]>;
}
