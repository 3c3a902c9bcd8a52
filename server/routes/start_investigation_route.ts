import { alertIdParamsSchema } from '../../common/api/alerts';
import { noQuerySchema } from '../../common/api/query_params';
import { startInvestigationBodySchema } from '../../common/api/investigations';
import { API_PATHS, API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { startInvestigation } from '../lib/investigations/investigation_workflow';
import {
  createInvestigationServices,
  respondWithInvestigationError,
  type InvestigationRouteDependencies,
} from './investigation_route_context';
import { validateWith } from './validation';

export function registerStartInvestigationRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .post({
      path: API_PATHS.alertInvestigation,
      access: 'public',
      summary: 'Start the investigation of an alert',
      description:
        'Saves a new investigation with one step per checklist item and acknowledges an open alert. A second start gets 409 with the existing investigation.',
      security: { authz: { requiredPrivileges: [API_PRIVILEGES.investigate] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: {
          request: {
            params: validateWith(alertIdParamsSchema, 'params'),
            query: validateWith(noQuerySchema, 'query'),
            body: validateWith(startInvestigationBodySchema, 'body'),
          },
        },
      },
      async (context, request, response) => {
        const alertId = request.params.alert_id;
        try {
          const services = await createInvestigationServices(dependencies, context, request);
          const investigation = await startInvestigation(
            services,
            alertId,
            request.body.assignee ?? null
          );
          return response.ok({ body: investigation });
        } catch (error) {
          return respondWithInvestigationError({
            error,
            response,
            logger: dependencies.logger,
            action: `start the investigation of alert [${alertId}]`,
          });
        }
      }
    );
}
