import { alertIdParamsSchema } from '../../common/api/alerts';
import { noQuerySchema } from '../../common/api/query_params';
import { API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { ElasticsearchClient } from '../elasticsearch_client';
import type { IRouter } from '../kibana_contracts';
import { getSpaceId, type RouteDependencies } from './route_context';
import { respondWithError } from './route_errors';
import { validateWith } from './validation';

/** A read-only route of one alert: its path, summary and the function that reads the body. */
export interface AlertReadRoute<Body> {
  path: string;
  summary: string;
  /** The thing read, as it appears in error messages: `evidence`, `checklists`. */
  subject: string;
  read(params: { esClient: ElasticsearchClient; spaceId: string; alertId: string }): Promise<Body | null>;
}

/**
 * Registers a `GET` route that reads something of one alert with the user's privileges:
 * 404 when the space has no such alert, 503 when the engine fails.
 */
export function registerAlertReadRoute<Body>(
  router: IRouter,
  dependencies: RouteDependencies,
  route: AlertReadRoute<Body>
): void {
  router.versioned
    .get({
      path: route.path,
      access: 'public',
      summary: route.summary,
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
          const body = await route.read({
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
            action: `read the ${route.subject} of alert [${alertId}]`,
          });
        }
      }
    );
}
