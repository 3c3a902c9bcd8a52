import { investigationIdParamsSchema } from '../../common/api/investigations';
import { noQuerySchema } from '../../common/api/query_params';
import {
  API_PATHS,
  API_PRIVILEGES,
  API_VERSION,
  MAX_HISTORY_RECORDS,
} from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { getInvestigationHistory } from '../lib/investigations/investigation_documents';
import {
  createInvestigationServices,
  respondWithInvestigationError,
  type InvestigationRouteDependencies,
} from './investigation_route_context';
import { validateWith } from './validation';

export function registerGetInvestigationHistoryRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .get({
      path: API_PATHS.investigationHistory,
      access: 'public',
      summary: 'Get the audit records of an investigation and its alert',
      description: `Oldest first. At most the first ${MAX_HISTORY_RECORDS} records are returned, with \`total\` and \`truncated\` saying whether there are more.`,
      security: { authz: { requiredPrivileges: [API_PRIVILEGES.read] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: {
          request: {
            params: validateWith(investigationIdParamsSchema, 'params'),
            query: validateWith(noQuerySchema, 'query'),
          },
        },
      },
      async (context, request, response) => {
        const { id } = request.params;
        try {
          const services = await createInvestigationServices(dependencies, context, request);
          return response.ok({ body: await getInvestigationHistory(services, id) });
        } catch (error) {
          return respondWithInvestigationError({
            error,
            response,
            logger: dependencies.logger,
            action: `read the history of investigation [${id}]`,
          });
        }
      }
    );
}
