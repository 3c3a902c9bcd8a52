import { listInvestigationsQuerySchema } from '../../common/api/investigations';
import { API_PATHS, API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { listInvestigations } from '../lib/investigations/list_investigations';
import {
  createInvestigationServices,
  respondWithInvestigationError,
  type InvestigationRouteDependencies,
} from './investigation_route_context';
import { validateWith } from './validation';

export function registerListInvestigationsRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .get({
      path: API_PATHS.investigations,
      access: 'public',
      summary: 'List the investigations of the space: the review queue',
      security: { authz: { requiredPrivileges: [API_PRIVILEGES.read] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: { request: { query: validateWith(listInvestigationsQuerySchema, 'query') } },
      },
      async (context, request, response) => {
        try {
          const services = await createInvestigationServices(dependencies, context, request);
          const body = await listInvestigations(
            services.internalClient,
            services.spaceId,
            request.query
          );
          return response.ok({ body });
        } catch (error) {
          return respondWithInvestigationError({
            error,
            response,
            logger: dependencies.logger,
            action: 'list investigations',
          });
        }
      }
    );
}
