import { alertIdParamsSchema } from '../../common/api/alerts';
import { noQuerySchema } from '../../common/api/query_params';
import { API_PATHS, API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { getAlertExceptions } from '../lib/exceptions/get_alert_exceptions';
import {
  createInvestigationServices,
  respondWithInvestigationError,
  type InvestigationRouteDependencies,
} from './investigation_route_context';
import { validateWith } from './validation';

export function registerGetAlertExceptionsRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .get({
      path: API_PATHS.alertExceptions,
      access: 'public',
      summary: 'Get the exceptions of an alert',
      description:
        'Returns the active exceptions of the space that match the alert and the exceptions proposed from it, in any status.',
      security: { authz: { requiredPrivileges: [API_PRIVILEGES.read] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: {
          request: {
            params: validateWith(alertIdParamsSchema, 'params'),
            query: validateWith(noQuerySchema, 'query'),
          },
        },
      },
      async (context, request, response) => {
        const alertId = request.params.alert_id;
        try {
          const services = await createInvestigationServices(dependencies, context, request);
          const body = await getAlertExceptions({
            esClient: services.userClient,
            internalClient: services.internalClient,
            spaceId: services.spaceId,
            alertId,
            now: new Date(),
          });
          if (body === null) {
            return response.notFound({
              body: { message: `Alert [${alertId}] was not found in space [${services.spaceId}]` },
            });
          }
          return response.ok({ body });
        } catch (error) {
          return respondWithInvestigationError({
            error,
            response,
            logger: dependencies.logger,
            action: `read the exceptions of alert [${alertId}]`,
          });
        }
      }
    );
}
