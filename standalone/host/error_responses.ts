import type { Request, ResponseToolkit, Server } from '@hapi/hapi';

import type { Logger } from '../../server/kibana_contracts';
import type { ErrorBody } from './response_factory';

/** Kibana's default `server.maxPayload`: request bodies above 1 MiB get 413. */
export const MAX_PAYLOAD_BYTES = 1_048_576;

export const INTERNAL_ERROR_MESSAGE =
  'An internal server error occurred. The server log has the details.';

/** The parts of a hapi (Boom) error that the error response is built from. */
export interface HapiError {
  output: {
    statusCode: number;
    payload: { error?: unknown; message?: unknown };
    headers: object;
  };
}

/**
 * Builds Kibana's `{ statusCode, error, message }` body for an error that hapi raised
 * itself, such as a payload too large, malformed JSON or an unknown route. Boom's extra
 * fields such as `validation` are dropped, and a 500 gets a fixed message, so no internal
 * detail reaches the client.
 */
export function hapiErrorBody(error: HapiError): ErrorBody {
  const { statusCode, payload } = error.output;
  const text = typeof payload.error === 'string' ? payload.error : 'Error';
  const message = typeof payload.message === 'string' ? payload.message : text;
  return {
    statusCode,
    error: text,
    message: statusCode === 500 ? INTERNAL_ERROR_MESSAGE : message,
  };
}

/**
 * Rewrites every error response that hapi builds (a Boom error) into Kibana's error shape,
 * with the status and headers (such as `Allow` or `WWW-Authenticate`) of the original.
 * Errors of status 500 and above are logged with their stack, because the client never
 * sees it.
 */
export function registerErrorResponses(server: Server, logger: Logger): void {
  server.ext('onPreResponse', (request: Request, h: ResponseToolkit) => {
    const { response } = request;
    if (!('isBoom' in response) || !response.isBoom) {
      return h.continue;
    }

    const { statusCode, headers } = response.output;
    if (statusCode >= 500) {
      const target = `[${request.method}] [${request.path}] (request ${request.info.id})`;
      const details = response.stack ?? response.message;
      logger.error(`Error response ${statusCode} to ${target}: ${details}`);
    }

    const reply = h.response(hapiErrorBody(response)).code(statusCode);
    for (const [name, value] of Object.entries(headers)) {
      if (typeof value === 'string' || typeof value === 'number') {
        reply.header(name, String(value));
      }
    }
    return reply;
  });
}
