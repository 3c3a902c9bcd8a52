import { alertIdParamsSchema } from '../../common/api/alerts';
import { noQuerySchema } from '../../common/api/query_params';
import { API_PATHS, API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { getAlertChecklists } from '../lib/checklists/get_alert_checklists';
import { getSpaceId, type RouteDependencies } from './route_context';
import { respondWithError } from './route_errors';
import { validateWith } from './validation';

export function registerGetAlertChecklistsRoute(
  router: IRouter,
  dependencies: RouteDependencies
): void {
  router.versioned
    .get({
      path: API_PATHS.alertChecklists,
      access: 'public',
      summary: "Get an alert's checklists from its rule's investigation guide",
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
          const spaceId = await getSpaceId(dependencies, request);
          const { elasticsearch } = await context.core;
          const body = await getAlertChecklists({
            esClient: elasticsearch.client.asCurrentUser,
            spaceId,
            alertId,
          });
          if (body === null) {
            return response.notFound({
              body: { message: `Alert [${alertId}] was not found in space [${spaceId}]` },
            });
          }
          return response.ok({ body });
        } catch (error) {
          return respondWithError({
            error,
            response,
            logger: dependencies.logger,
            action: `read the checklists of alert [${alertId}]`,
          });
        }
      }
    );
}
