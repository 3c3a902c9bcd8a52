import { listExceptionsQuerySchema } from '../../common/api/exceptions';
import { API_PATHS, API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { listExceptions } from '../lib/exceptions/list_exceptions';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { createExceptionServices, respondWithExceptionError } from './exception_route_context';
import { validateWith } from './validation';

export function registerListExceptionsRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .get({
      path: API_PATHS.exceptions,
      access: 'public',
      summary: 'List the exceptions of the space',
      description:
        'Filters by status, category and a case-insensitive search of name and reason. `proposed_total` counts the proposals waiting for an admin, whatever the filters.',
      security: { authz: { requiredPrivileges: [API_PRIVILEGES.read] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: { request: { query: validateWith(listExceptionsQuerySchema, 'query') } },
      },
      async (context, request, response) => {
        try {
          const services = await createExceptionServices(dependencies, context, request);
          const body = await listExceptions(
            services.internalClient,
            services.spaceId,
            request.query,
            new Date(services.now())
          );
          return response.ok({ body });
        } catch (error) {
          return respondWithExceptionError({
            error,
            response,
            logger: dependencies.logger,
            action: 'list exceptions',
          });
        }
      }
    );
}
