import type { z } from 'zod';

import { alertIdParamsSchema } from '../../common/api/alerts';
import { noQuerySchema } from '../../common/api/query_params';
import type { AuditAction, Investigation } from '../../common/api/investigations';
import { API_VERSION } from '../../common/constants';
import type { TransitionContext, TransitionResult } from '../../common/investigations/transitions';
import type { IRouter } from '../kibana_contracts';
import { changeInvestigation } from '../lib/investigations/investigation_workflow';
import {
  createInvestigationServices,
  respondWithInvestigationError,
  type InvestigationRouteDependencies,
} from './investigation_route_context';
import { validateWith } from './validation';

export interface TransitionRouteOptions<Schema extends z.ZodType<{ version: string }>> {
  path: string;
  summary: string;
  privilege: string;
  bodySchema: Schema;
  action: AuditAction;
  /** Verb for log and error messages, such as `submit`. */
  verb: string;
  apply(
    current: Investigation,
    body: z.output<Schema>,
    context: TransitionContext
  ): TransitionResult<Investigation>;
}

/** Registers a `POST` route that moves an investigation to another status. */
export function registerInvestigationTransitionRoute<Schema extends z.ZodType<{ version: string }>>(
  router: IRouter,
  dependencies: InvestigationRouteDependencies,
  options: TransitionRouteOptions<Schema>
): void {
  router.versioned
    .post({
      path: options.path,
      access: 'public',
      summary: options.summary,
      security: { authz: { requiredPrivileges: [options.privilege] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: {
          request: {
            params: validateWith(alertIdParamsSchema, 'params'),
            query: validateWith(noQuerySchema, 'query'),
            body: validateWith(options.bodySchema, 'body'),
          },
        },
      },
      async (context, request, response) => {
        const alertId = request.params.alert_id;
        const body = request.body;
        try {
          const services = await createInvestigationServices(dependencies, context, request);
          const investigation = await changeInvestigation(services, {
            alertId,
            version: body.version,
            action: options.action,
            apply: (current, transitionContext) => options.apply(current, body, transitionContext),
          });
          return response.ok({ body: investigation });
        } catch (error) {
          return respondWithInvestigationError({
            error,
            response,
            logger: dependencies.logger,
            action: `${options.verb} the investigation of alert [${alertId}]`,
          });
        }
      }
    );
}
