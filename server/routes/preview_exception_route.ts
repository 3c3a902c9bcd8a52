import { previewExceptionBodySchema } from '../../common/api/exceptions';
import { noQuerySchema } from '../../common/api/query_params';
import { API_PATHS, API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { previewException } from '../lib/exceptions/preview_exception';
import {
  createInvestigationServices,
  respondWithInvestigationError,
  type InvestigationRouteDependencies,
} from './investigation_route_context';
import { validateWith } from './validation';

export function registerPreviewExceptionRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .post({
      path: API_PATHS.exceptionPreview,
      access: 'public',
      summary: 'Preview which alerts a draft exception matches',
      description:
        'Counts the alerts of the rules in the period and the ones the draft matches, returns the newest matched alerts and the matched alerts whose investigation found a true positive. Saves nothing.',
      security: { authz: { requiredPrivileges: [API_PRIVILEGES.read] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: {
          request: {
            query: validateWith(noQuerySchema, 'query'),
            body: validateWith(previewExceptionBodySchema, 'body'),
          },
        },
      },
      async (context, request, response) => {
        try {
          const services = await createInvestigationServices(dependencies, context, request);
          const body = await previewException({
            esClient: services.userClient,
            internalClient: services.internalClient,
            spaceId: services.spaceId,
            body: request.body,
          });
          return response.ok({ body });
        } catch (error) {
          return respondWithInvestigationError({
            error,
            response,
            logger: dependencies.logger,
            action: 'preview an exception',
          });
        }
      }
    );
}
