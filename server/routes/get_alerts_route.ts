import { listAlertsQuerySchema } from '../../common/api/alerts';
import { API_PATHS, API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { listAlerts } from '../lib/alerts/list_alerts';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { getSpaceId } from './route_context';
import { respondWithError } from './route_errors';
import { validateWith } from './validation';

export function registerGetAlertsRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .get({
      path: API_PATHS.alerts,
      access: 'public',
      summary: 'List simple HTTP server alerts',
      security: { authz: { requiredPrivileges: [API_PRIVILEGES.read] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: { request: { query: validateWith(listAlertsQuerySchema, 'query') } },
      },
      async (context, request, response) => {
        try {
          // Rows carry investigation statuses and matched exceptions from the plugin's
          // indices, so the list waits until they are installed, like the other routes.
          await dependencies.waitForIndices();
          const spaceId = await getSpaceId(dependencies, request);
          const { elasticsearch } = await context.core;
          const body = await listAlerts({
            esClient: elasticsearch.client.asCurrentUser,
            investigationsClient: elasticsearch.client.asInternalUser,
            spaceId,
            query: request.query,
          });
          return response.ok({ body });
        } catch (error) {
          return respondWithError({
            error,
            response,
            logger: dependencies.logger,
            action: 'list alerts',
          });
        }
      }
    );
}
