import { exceptionIdParamsSchema, updateExceptionBodySchema } from '../../common/api/exceptions';
import { noQuerySchema } from '../../common/api/query_params';
import { API_PATHS, API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { updateException } from '../lib/exceptions/exception_workflow';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { createExceptionServices, respondWithExceptionError } from './exception_route_context';
import { validateWith } from './validation';

export function registerUpdateExceptionRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .put({
      path: API_PATHS.exception,
      access: 'public',
      summary: 'Replace the fields of an exception',
      description:
        'Every field is replaced, and a field left out gets its default. The body carries the version that was read, and a stale version gets 409 with the current exception. A rejected exception cannot change.',
      security: { authz: { requiredPrivileges: [API_PRIVILEGES.manageExceptions] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: {
          request: {
            params: validateWith(exceptionIdParamsSchema, 'params'),
            query: validateWith(noQuerySchema, 'query'),
            body: validateWith(updateExceptionBodySchema, 'body'),
          },
        },
      },
      async (context, request, response) => {
        const { id } = request.params;
        const { version, ...fields } = request.body;
        try {
          const services = await createExceptionServices(dependencies, context, request);
          return response.ok({ body: await updateException(services, id, version, fields) });
        } catch (error) {
          return respondWithExceptionError({
            error,
            response,
            logger: dependencies.logger,
            action: `update exception [${id}]`,
          });
        }
      }
    );
}
