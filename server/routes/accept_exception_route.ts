import { acceptExceptionBodySchema } from '../../common/api/exceptions';
import { API_PATHS } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { acceptException } from '../lib/exceptions/exception_decisions';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { registerExceptionWriteRoute } from './register_exception_write_route';

export function registerAcceptExceptionRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  registerExceptionWriteRoute(router, dependencies, {
    method: 'post',
    path: API_PATHS.exceptionAccept,
    summary: 'Accept a proposed exception, optionally with edits',
    description:
      "Fields given replace the proposal's, and the exception becomes active. The body carries the version that was read, and a stale version gets 409 with the current exception.",
    bodySchema: acceptExceptionBodySchema,
    verb: 'accept',
    write: acceptException,
  });
}
