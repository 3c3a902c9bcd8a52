import { alertIdParamsSchema } from '../../common/api/alerts';
import { proposeExceptionBodySchema } from '../../common/api/exceptions';
import { noQuerySchema } from '../../common/api/query_params';
import { API_PATHS, API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { proposeException } from '../lib/exceptions/propose_exception';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { createExceptionServices, respondWithExceptionError } from './exception_route_context';
import { validateWith } from './validation';

export function registerProposeExceptionRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .post({
      path: API_PATHS.alertExceptionProposals,
      access: 'public',
      summary: 'Propose an exception from an investigated alert',
      description:
        "The alert's investigation must have the verdict false_positive or benign_true_positive. The proposal waits for an admin; a second proposal from the same alert while one waits gets 409 with the waiting one.",
      security: { authz: { requiredPrivileges: [API_PRIVILEGES.investigate] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: {
          request: {
            params: validateWith(alertIdParamsSchema, 'params'),
            query: validateWith(noQuerySchema, 'query'),
            body: validateWith(proposeExceptionBodySchema, 'body'),
          },
        },
      },
      async (context, request, response) => {
        const alertId = request.params.alert_id;
        try {
          const services = await createExceptionServices(dependencies, context, request);
          return response.ok({ body: await proposeException(services, alertId, request.body) });
        } catch (error) {
          return respondWithExceptionError({
            error,
            response,
            logger: dependencies.logger,
            action: `propose an exception from alert [${alertId}]`,
          });
        }
      }
    );
}
