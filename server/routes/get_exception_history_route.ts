import { exceptionIdParamsSchema } from '../../common/api/exceptions';
import { noQuerySchema } from '../../common/api/query_params';
import {
  API_PATHS,
  API_PRIVILEGES,
  API_VERSION,
  MAX_HISTORY_RECORDS,
} from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { getExceptionHistory } from '../lib/exceptions/exception_history';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { createExceptionServices, respondWithExceptionError } from './exception_route_context';
import { validateWith } from './validation';

export function registerGetExceptionHistoryRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .get({
      path: API_PATHS.exceptionHistory,
      access: 'public',
      summary: 'Get the audit records of an exception',
      description: `Oldest first, also after the exception was deleted. At most the first ${MAX_HISTORY_RECORDS} records are returned, with \`total\` and \`truncated\` saying whether there are more.`,
      security: { authz: { requiredPrivileges: [API_PRIVILEGES.read] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: {
          request: {
            params: validateWith(exceptionIdParamsSchema, 'params'),
            query: validateWith(noQuerySchema, 'query'),
          },
        },
      },
      async (context, request, response) => {
        const { id } = request.params;
        try {
          const services = await createExceptionServices(dependencies, context, request);
          return response.ok({ body: await getExceptionHistory(services, id) });
        } catch (error) {
          return respondWithExceptionError({
            error,
            response,
            logger: dependencies.logger,
            action: `read the history of exception [${id}]`,
          });
        }
      }
    );
}
