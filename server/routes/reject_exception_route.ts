import { exceptionIdParamsSchema, rejectExceptionBodySchema } from '../../common/api/exceptions';
import { noQuerySchema } from '../../common/api/query_params';
import { API_PATHS, API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { rejectException } from '../lib/exceptions/exception_decisions';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { createExceptionServices, respondWithExceptionError } from './exception_route_context';
import { validateWith } from './validation';

export function registerRejectExceptionRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .post({
      path: API_PATHS.exceptionReject,
      access: 'public',
      summary: 'Reject a proposed exception with a comment',
      description:
        'A rejected exception never changes again. The body carries the version that was read, and a stale version gets 409 with the current exception.',
      security: { authz: { requiredPrivileges: [API_PRIVILEGES.manageExceptions] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: {
          request: {
            params: validateWith(exceptionIdParamsSchema, 'params'),
            query: validateWith(noQuerySchema, 'query'),
            body: validateWith(rejectExceptionBodySchema, 'body'),
          },
        },
      },
      async (context, request, response) => {
        const { id } = request.params;
        try {
          const services = await createExceptionServices(dependencies, context, request);
          return response.ok({ body: await rejectException(services, id, request.body) });
        } catch (error) {
          return respondWithExceptionError({
            error,
            response,
            logger: dependencies.logger,
            action: `reject exception [${id}]`,
          });
        }
      }
    );
}
