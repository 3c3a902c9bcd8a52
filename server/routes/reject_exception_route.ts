import { rejectExceptionBodySchema } from '../../common/api/exceptions';
import { API_PATHS } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { rejectException } from '../lib/exceptions/exception_decisions';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { registerExceptionWriteRoute } from './register_exception_write_route';

export function registerRejectExceptionRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  registerExceptionWriteRoute(router, dependencies, {
    method: 'post',
    path: API_PATHS.exceptionReject,
    summary: 'Reject a proposed exception with a comment',
    description:
      'A rejected exception never changes again. The body carries the version that was read, and a stale version gets 409 with the current exception.',
    bodySchema: rejectExceptionBodySchema,
    verb: 'reject',
    write: rejectException,
  });
}
