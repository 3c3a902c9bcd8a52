import { errors } from '@elastic/elasticsearch';

import type { IKibanaResponse, KibanaResponseFactory, Logger } from '../kibana_contracts';
import { EvidenceSearchError } from '../lib/evidence/run_searches';
import { MsearchItemError } from '../lib/msearch';

/**
 * Turns an unexpected error of a route handler into a response and logs it once. Errors
 * from the search engine become 503 with a message; anything else is a 500 whose details
 * stay in the server log.
 */
export function respondWithError(params: {
  error: unknown;
  response: KibanaResponseFactory;
  logger: Logger;
  action: string;
}): IKibanaResponse {
  const { error, response, logger, action } = params;
  const engineMessage = describeEngineError(error);

  if (engineMessage !== null) {
    logger.warn(`Failed to ${action}: ${engineMessage}`);
    return response.customError({
      statusCode: 503,
      body: {
        message: `Failed to ${action} because the search engine is unavailable: ${engineMessage}. Try again when Elasticsearch is reachable.`,
      },
    });
  }

  logger.error(`Failed to ${action}: ${error instanceof Error ? error.stack : String(error)}`);
  return response.customError({
    statusCode: 500,
    body: { message: `Failed to ${action}. The server log has the details.` },
  });
}

function describeEngineError(error: unknown): string | null {
  if (
    error instanceof errors.ConnectionError ||
    error instanceof errors.NoLivingConnectionsError ||
    error instanceof errors.TimeoutError
  ) {
    return error.message;
  }
  if (error instanceof errors.ResponseError) {
    const reason = readReason(error.body);
    return `status ${error.statusCode ?? 'unknown'}${reason ? `, ${reason}` : ''}`;
  }
  if (error instanceof MsearchItemError || error instanceof EvidenceSearchError) {
    return error.message;
  }
  return null;
}

function readReason(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) {
    return null;
  }
  const engineError = (body as { error: unknown }).error;
  if (typeof engineError === 'string') {
    return engineError;
  }
  if (typeof engineError === 'object' && engineError !== null && 'reason' in engineError) {
    return String((engineError as { reason: unknown }).reason);
  }
  return null;
}
