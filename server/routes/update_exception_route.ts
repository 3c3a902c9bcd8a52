import { updateExceptionBodySchema } from '../../common/api/exceptions';
import { API_PATHS } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { updateException } from '../lib/exceptions/exception_workflow';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { registerExceptionWriteRoute } from './register_exception_write_route';

export function registerUpdateExceptionRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  registerExceptionWriteRoute(router, dependencies, {
    method: 'put',
    path: API_PATHS.exception,
    summary: 'Replace the fields of an exception',
    description:
      'Every field is replaced, and a field left out gets its default. The body carries the version that was read, and a stale version gets 409 with the current exception. A rejected exception cannot change.',
    bodySchema: updateExceptionBodySchema,
    verb: 'update',
    write: (services, id, { version, ...fields }) => updateException(services, id, version, fields),
  });
}
