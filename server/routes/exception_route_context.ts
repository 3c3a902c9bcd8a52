import type {
  IKibanaResponse,
  KibanaRequest,
  KibanaResponseFactory,
  Logger,
  RequestHandlerContext,
} from '../kibana_contracts';
import { ExceptionConflictError, InvalidExceptionChangeError } from '../lib/exceptions/errors';
import type { ExceptionServices } from '../lib/exceptions/exception_services';
import {
  createInvestigationServices,
  respondWithInvestigationError,
  type InvestigationRouteDependencies,
} from './investigation_route_context';

/** Collects what the exception functions need for one request, once the indices exist. */
export async function createExceptionServices(
  dependencies: InvestigationRouteDependencies,
  context: RequestHandlerContext,
  request: KibanaRequest
): Promise<ExceptionServices> {
  const services = await createInvestigationServices(dependencies, context, request);
  return { ...services, listSync: await dependencies.getExceptionListSync(request) };
}

/**
 * Turns an error of an exception route into a response. A stale version or a second
 * proposal gets 409 with the current exception in `attributes.current`, and a change the
 * exception's state does not allow gets 400. A missing exception or alert gets 404, and
 * other errors get the response of `respondWithError`.
 */
export function respondWithExceptionError(params: {
  error: unknown;
  response: KibanaResponseFactory;
  logger: Logger;
  action: string;
}): IKibanaResponse {
  const { error, response, logger } = params;
  if (error instanceof ExceptionConflictError) {
    logger.debug(`Conflict when trying to ${params.action}: ${error.message}`);
    return response.conflict({
      body: { message: error.message, attributes: { current: error.current } },
    });
  }
  if (error instanceof InvalidExceptionChangeError) {
    return response.badRequest({ body: { message: error.message } });
  }
  return respondWithInvestigationError(params);
}
