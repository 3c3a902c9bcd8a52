import type { z } from 'zod';

import { exceptionIdParamsSchema, type ExceptionRecord } from '../../common/api/exceptions';
import { noQuerySchema } from '../../common/api/query_params';
import { API_PRIVILEGES, API_VERSION } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import type { ExceptionServices } from '../lib/exceptions/exception_services';
import { createExceptionServices, respondWithExceptionError } from './exception_route_context';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { validateWith } from './validation';

export interface ExceptionWriteRouteOptions<Schema extends z.ZodType<{ version: string }>> {
  method: 'put' | 'post';
  path: string;
  summary: string;
  description: string;
  bodySchema: Schema;
  /** Verb for log and error messages, such as `accept`. */
  verb: string;
  write(services: ExceptionServices, id: string, body: z.output<Schema>): Promise<ExceptionRecord>;
}

/**
 * Registers a route that changes one exception with the version the client read, so a stale
 * version gets 409. Every such route needs the manage_exceptions privilege.
 */
export function registerExceptionWriteRoute<Schema extends z.ZodType<{ version: string }>>(
  router: IRouter,
  dependencies: InvestigationRouteDependencies,
  options: ExceptionWriteRouteOptions<Schema>
): void {
  router.versioned[options.method]({
    path: options.path,
    access: 'public',
    summary: options.summary,
    description: options.description,
    security: { authz: { requiredPrivileges: [API_PRIVILEGES.manageExceptions] } },
  }).addVersion(
    {
      version: API_VERSION,
      validate: {
        request: {
          params: validateWith(exceptionIdParamsSchema, 'params'),
          query: validateWith(noQuerySchema, 'query'),
          body: validateWith(options.bodySchema, 'body'),
        },
      },
    },
    async (context, request, response) => {
      const { id } = request.params;
      try {
        const services = await createExceptionServices(dependencies, context, request);
        return response.ok({ body: await options.write(services, id, request.body) });
      } catch (error) {
        return respondWithExceptionError({
          error,
          response,
          logger: dependencies.logger,
          action: `${options.verb} exception [${id}]`,
        });
      }
    }
  );
}
