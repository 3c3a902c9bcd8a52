import { alertIdParamsSchema } from '../../common/api/alerts';
import { noQuerySchema } from '../../common/api/query_params';
import { API_PATHS, API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { getInvestigation } from '../lib/investigations/investigation_workflow';
import {
  createInvestigationServices,
  respondWithInvestigationError,
  type InvestigationRouteDependencies,
} from './investigation_route_context';
import { validateWith } from './validation';

export function registerGetAlertInvestigationRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .get({
      path: API_PATHS.alertInvestigation,
      access: 'public',
      summary: "Get an alert's saved investigation",
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
          const investigation = await getInvestigation(services, alertId);
          if (investigation === null) {
            return response.notFound({
              body: {
                message: `Alert [${alertId}] has no investigation in space [${services.spaceId}]`,
              },
            });
          }
          return response.ok({ body: investigation });
        } catch (error) {
          return respondWithInvestigationError({
            error,
            response,
            logger: dependencies.logger,
            action: `read the investigation of alert [${alertId}]`,
          });
        }
      }
    );
}
