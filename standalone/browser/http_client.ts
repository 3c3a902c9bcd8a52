import type {
  HttpFetchOptions,
  HttpFetchQuery,
  HttpStart,
  IHttpFetchError,
} from '../../public/kibana_contracts';
import { createBasePath, type StandaloneBasePath } from './base_path';
import type { SessionExpiry } from './session_expiry';

/** Marks the app's own requests, as Kibana's browser client does. */
export const INTERNAL_ORIGIN_HEADER = 'x-elastic-internal-origin';

const ABORT_ERROR_NAME = 'AbortError';

/** The error `fetch` rejects with, shaped like Kibana's `HttpFetchError`. */
export class HttpFetchError<TResponseBody = unknown>
  extends Error
  implements IHttpFetchError<TResponseBody>
{
  public override readonly name: string;

  constructor(
    message: string,
    name: string,
    public readonly request: Request,
    public readonly response?: Response,
    public readonly body?: TResponseBody
  ) {
    super(message);
    this.name = name;
  }
}

const appendQuery = (url: URL, query: HttpFetchQuery | undefined): void => {
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) {
      continue;
    }

    const values: Array<string | number | boolean> = Array.isArray(value) ? value : [value];

    for (const item of values) {
      url.searchParams.append(key, String(item));
    }
  }
};

/** Parses a JSON body, returns other bodies as text and an empty body as undefined. */
const readBody = async (response: Response): Promise<unknown> => {
  const text = await response.text();

  if (text === '') {
    return undefined;
  }

  if (!(response.headers.get('content-type') ?? '').includes('json')) {
    return text;
  }

  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

const readErrorFields = (error: unknown): { name: string; message: string } => {
  if (typeof error !== 'object' || error === null) {
    return { name: 'Error', message: String(error) };
  }

  const name = 'name' in error && typeof error.name === 'string' ? error.name : 'Error';
  const message = 'message' in error && typeof error.message === 'string' ? error.message : '';

  return { name, message };
};

const readErrorMessage = (response: Response, body: unknown): string => {
  const hasMessage = typeof body === 'object' && body !== null && 'message' in body;

  if (hasMessage && typeof body.message === 'string') {
    return body.message;
  }

  return `${response.status} ${response.statusText}`.trim();
};

const sendRequest = async <TResponseBody = unknown>(
  fetch: typeof window.fetch,
  sessionExpiry: SessionExpiry | undefined,
  url: URL,
  options: HttpFetchOptions = {}
): Promise<TResponseBody> => {
  appendQuery(url, options.query);

  const headers = new Headers(options.headers);
  headers.set('kbn-xsrf', 'true');
  // Kibana's browser client sends this header too. The host sends no Basic challenge to
  // such requests, so an expired session never makes the browser prompt for a password.
  headers.set(INTERNAL_ORIGIN_HEADER, 'Kibana');

  if (options.version) {
    headers.set('elastic-api-version', options.version);
  }

  if (options.body && !headers.has('content-type')) {
    headers.set('content-type', 'application/json');
  }

  const request = new Request(url, {
    method: options.method ?? 'GET',
    headers,
    body: options.body ?? undefined,
    signal: options.signal ?? undefined,
    credentials: 'same-origin',
  });

  let response: Response;

  try {
    response = await fetch(request);
  } catch (error) {
    // A DOMException is not an `Error` instance in every runtime, so read its fields directly.
    const { name, message } = readErrorFields(error);
    const aborted = request.signal.aborted || name === ABORT_ERROR_NAME;

    throw new HttpFetchError(
      message || 'Network request failed',
      aborted ? ABORT_ERROR_NAME : 'Error',
      request
    );
  }

  // A call that sends the page to the login page never settles, so the page shows no error
  // while it leaves. Kibana's security plugin halts such a call in the same way.
  if (response.status === 401 && sessionExpiry?.redirectToLogin()) {
    return new Promise<TResponseBody>(() => undefined);
  }

  const body = await readBody(response);

  if (!response.ok) {
    throw new HttpFetchError(readErrorMessage(response, body), 'Error', request, response, body);
  }

  sessionExpiry?.markAuthenticated();

  // The caller names the response type, as with Kibana's `http.fetch<T>`.
  return body as TResponseBody;
};

export interface HttpClientOptions {
  /** `window.fetch` in the browser, or a mock in tests. */
  fetch: typeof window.fetch;
  /** Origin that relative paths resolve against. */
  origin: string;
  /** Prefix of the page's space, `/s/<space_id>`, which is empty or unset in the default space. */
  basePath?: string;
  /** Handles a 401 response; without it a 401 rejects like any other error. */
  sessionExpiry?: SessionExpiry;
}

/** `http` of the standalone core: `fetch`, and the `basePath` that Kibana's `HttpStart` has. */
export interface StandaloneHttp extends HttpStart {
  basePath: StandaloneBasePath;
}

/**
 * Creates `http.fetch` over `window.fetch`, sending the headers Kibana's client sends to a
 * versioned route (`elastic-api-version`, `kbn-xsrf`) and rejecting non-2xx responses with
 * an `HttpFetchError` that carries the parsed error `body` and the `response`. As Kibana's
 * client does by default, it puts the base path in front of every path, and a 401 sends the
 * browser to the login page.
 */
export const createHttpClient = ({
  fetch,
  origin,
  basePath = '',
  sessionExpiry,
}: HttpClientOptions): StandaloneHttp => {
  const standaloneBasePath = createBasePath(basePath);

  return {
    basePath: standaloneBasePath,
    fetch: (path, options) => {
      const url = new URL(standaloneBasePath.prepend(path), origin);

      return sendRequest(fetch, sessionExpiry, url, options);
    },
  };
};
