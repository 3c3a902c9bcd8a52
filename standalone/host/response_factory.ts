import type {
  CustomHttpResponseOptions,
  HttpResponseOptions,
  IKibanaResponse,
  KibanaResponseFactory,
  ResponseError,
} from '../../server/kibana_contracts';

/** A response the standalone host turns into an HTTP reply. */
export class KibanaResponse<T = unknown> implements IKibanaResponse<T> {
  constructor(
    readonly status: number,
    readonly payload: T | undefined,
    readonly options: HttpResponseOptions<T> = {}
  ) {}
}

/** The error body Kibana sends for every error response. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  attributes?: object;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function errorBody(statusCode: number, error: ResponseError | undefined): ErrorBody {
  const body: ErrorBody = {
    statusCode,
    error: STATUS_TEXT[statusCode] ?? 'Error',
    message: readMessage(error) ?? STATUS_TEXT[statusCode] ?? 'Error',
  };
  if (typeof error === 'object' && !(error instanceof Error) && error.attributes) {
    body.attributes = error.attributes;
  }
  return body;
}

function readMessage(error: ResponseError | undefined): string | undefined {
  if (error === undefined) {
    return undefined;
  }
  if (typeof error === 'string') {
    return error;
  }
  if (error instanceof Error) {
    return error.message;
  }
  return typeof error.message === 'string' ? error.message : error.message.message;
}

const errorResponse =
  (statusCode: number) =>
  (options: HttpResponseOptions<ResponseError> = {}): IKibanaResponse =>
    new KibanaResponse(statusCode, errorBody(statusCode, options.body), {
      headers: options.headers,
    });

/** The response factory handed to route handlers, with Kibana's method names. */
export const responseFactory: KibanaResponseFactory = {
  ok: <T>(options: HttpResponseOptions<T> = {}) => new KibanaResponse(200, options.body, options),
  badRequest: errorResponse(400),
  forbidden: errorResponse(403),
  notFound: errorResponse(404),
  conflict: errorResponse(409),
  customError: (options: CustomHttpResponseOptions<ResponseError>) =>
    new KibanaResponse(options.statusCode, errorBody(options.statusCode, options.body), {
      headers: options.headers,
    }),
};
