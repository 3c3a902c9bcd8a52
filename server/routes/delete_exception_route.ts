import { deleteExceptionQuerySchema, exceptionIdParamsSchema } from '../../common/api/exceptions';
import { API_PATHS, API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { deleteException } from '../lib/exceptions/exception_workflow';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { createExceptionServices, respondWithExceptionError } from './exception_route_context';
import { validateWith } from './validation';

export function registerDeleteExceptionRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .delete({
      path: API_PATHS.exception,
      access: 'public',
      summary: 'Delete an exception',
      description:
        'Returns the deleted exception. With `version`, a stale version gets 409 with the current exception.',
      security: { authz: { requiredPrivileges: [API_PRIVILEGES.manageExceptions] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: {
          request: {
            params: validateWith(exceptionIdParamsSchema, 'params'),
            query: validateWith(deleteExceptionQuerySchema, 'query'),
          },
        },
      },
      async (context, request, response) => {
        const { id } = request.params;
        try {
          const services = await createExceptionServices(dependencies, context, request);
          const deleted = await deleteException(services, id, request.query.version);
          return response.ok({ body: deleted });
        } catch (error) {
          return respondWithExceptionError({
            error,
            response,
            logger: dependencies.logger,
            action: `delete exception [${id}]`,
          });
        }
      }
    );
}
