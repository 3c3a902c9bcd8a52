import { createExceptionBodySchema } from '../../common/api/exceptions';
import { noQuerySchema } from '../../common/api/query_params';
import { API_PATHS, API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { createException } from '../lib/exceptions/exception_workflow';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { createExceptionServices, respondWithExceptionError } from './exception_route_context';
import { validateWith } from './validation';

export function registerCreateExceptionRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .post({
      path: API_PATHS.exceptions,
      access: 'public',
      summary: 'Create an active exception',
      description:
        'Saves the exception in the space and, inside Kibana with the lists plugin, writes it to the exception lists of its rules. `expire_time` must be in the future.',
      security: { authz: { requiredPrivileges: [API_PRIVILEGES.manageExceptions] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: {
          request: {
            query: validateWith(noQuerySchema, 'query'),
            body: validateWith(createExceptionBodySchema, 'body'),
          },
        },
      },
      async (context, request, response) => {
        try {
          const services = await createExceptionServices(dependencies, context, request);
          return response.ok({ body: await createException(services, request.body) });
        } catch (error) {
          return respondWithExceptionError({
            error,
            response,
            logger: dependencies.logger,
            action: 'create an exception',
          });
        }
      }
    );
}
