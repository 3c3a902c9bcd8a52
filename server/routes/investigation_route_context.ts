import type {
  IKibanaResponse,
  KibanaRequest,
  KibanaResponseFactory,
  Logger,
  RequestHandlerContext,
} from '../kibana_contracts';
import type { ExceptionListSync } from '../lib/exceptions/exception_list_sync';
import {
  InvestigationConflictError,
  InvestigationRejectedError,
  NotFoundError,
} from '../lib/investigations/errors';
import type { InvestigationServices } from '../lib/investigations/investigation_services';
import { getSpaceId, getUserName, type RouteDependencies } from './route_context';
import { respondWithError } from './route_errors';

/** Route dependencies of the investigation routes. */
export interface InvestigationRouteDependencies extends RouteDependencies {
  /**
   * Resolves once the plugin's index templates and indices are installed. When the
   * installation failed, the call tries again and rejects with the engine's error.
   */
  waitForIndices(): Promise<void>;
  /** Returns the sync that writes the request's exceptions to the rules' exception lists. */
  getExceptionListSync(request: KibanaRequest): Promise<ExceptionListSync>;
}

/** Collects what the investigation functions need for one request, once the indices exist. */
export async function createInvestigationServices(
  dependencies: InvestigationRouteDependencies,
  context: RequestHandlerContext,
  request: KibanaRequest
): Promise<InvestigationServices> {
  await dependencies.waitForIndices();
  const { elasticsearch } = await context.core;
  return {
    internalClient: elasticsearch.client.asInternalUser,
    userClient: elasticsearch.client.asCurrentUser,
    spaceId: await getSpaceId(dependencies, request),
    user: await getUserName(dependencies, request),
    logger: dependencies.logger,
    now: () => new Date().toISOString(),
  };
}

/**
 * Turns an error of an investigation route into a response. A missing alert or
 * investigation gets 404. A stale version or a second start gets 409 with the current
 * investigation in `attributes.current`, and a change the workflow does not allow gets
 * 400. Other errors get the response of `respondWithError`.
 */
export function respondWithInvestigationError(params: {
  error: unknown;
  response: KibanaResponseFactory;
  logger: Logger;
  action: string;
}): IKibanaResponse {
  const { error, response, logger } = params;
  if (error instanceof NotFoundError) {
    return response.notFound({ body: { message: error.message } });
  }
  if (error instanceof InvestigationConflictError) {
    logger.debug(`Conflict when trying to ${params.action}: ${error.message}`);
    return response.conflict({
      body: { message: error.message, attributes: { current: error.current } },
    });
  }
  if (error instanceof InvestigationRejectedError) {
    return response.badRequest({ body: { message: error.message } });
  }
  return respondWithError(params);
}
