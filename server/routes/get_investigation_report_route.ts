import { investigationIdParamsSchema } from '../../common/api/investigations';
import { noQuerySchema } from '../../common/api/query_params';
import { API_PATHS, API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { getInvestigationReport } from '../lib/investigations/investigation_documents';
import {
  createInvestigationServices,
  respondWithInvestigationError,
  type InvestigationRouteDependencies,
} from './investigation_route_context';
import { validateWith } from './validation';

export function registerGetInvestigationReportRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  router.versioned
    .get({
      path: API_PATHS.investigationReport,
      access: 'public',
      summary: 'Download an investigation as a Markdown report',
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
          const { alertId, markdown } = await getInvestigationReport(services, id);
          return response.ok({
            body: markdown,
            headers: {
              'content-type': 'text/markdown; charset=utf-8',
              // Alert ids contain only letters, digits, "-" and "_", so the name needs no quoting.
              'content-disposition': `attachment; filename="investigation-${alertId}.md"`,
            },
          });
        } catch (error) {
          return respondWithInvestigationError({
            error,
            response,
            logger: dependencies.logger,
            action: `write the report of investigation [${id}]`,
          });
        }
      }
    );
}
