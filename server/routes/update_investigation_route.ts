import { alertIdParamsSchema } from '../../common/api/alerts';
import { noQuerySchema } from '../../common/api/query_params';
import { updateInvestigationBodySchema } from '../../common/api/investigations';
import { API_PATHS, API_PRIVILEGES, API_VERSION } from '../../common/constants';
import { applyUpdate } from '../../common/investigations/transitions';
import type { IRouter } from '../kibana_contracts';
import { changeInvestigation } from '../lib/investigations/investigation_workflow';
import {
  createInvestigationServices,
  respondWithInvestigationError,
  type InvestigationRouteDependencies,
} from './investigation_route_context';
import { validateWith } from './validation';

export function registerUpdateInvestigationRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .patch({
      path: API_PATHS.alertInvestigation,
      access: 'public',
      summary: "Change an investigation's steps, verdict or assignee",
      description:
        'Only the fields given change. The body carries the version that was read, and a stale version gets 409 with the current investigation.',
      security: { authz: { requiredPrivileges: [API_PRIVILEGES.investigate] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: {
          request: {
            params: validateWith(alertIdParamsSchema, 'params'),
            query: validateWith(noQuerySchema, 'query'),
            body: validateWith(updateInvestigationBodySchema, 'body'),
          },
        },
      },
      async (context, request, response) => {
        const alertId = request.params.alert_id;
        const { version, ...update } = request.body;
        try {
          const services = await createInvestigationServices(dependencies, context, request);
          const investigation = await changeInvestigation(services, {
            alertId,
            version,
            action: 'investigation_updated',
            apply: (current, transitionContext) => applyUpdate(current, update, transitionContext),
          });
          return response.ok({ body: investigation });
        } catch (error) {
          return respondWithInvestigationError({
            error,
            response,
            logger: dependencies.logger,
            action: `update the investigation of alert [${alertId}]`,
          });
        }
      }
    );
}
