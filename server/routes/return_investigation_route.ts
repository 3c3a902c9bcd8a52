import { returnInvestigationBodySchema } from '../../common/api/investigations';
import { API_PATHS, API_PRIVILEGES } from '../../common/constants';
import { applyReturn } from '../../common/investigations/transitions';
import type { IRouter } from '../kibana_contracts';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { registerInvestigationTransitionRoute } from './investigation_transition_route';

export function registerReturnInvestigationRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  registerInvestigationTransitionRoute(router, dependencies, {
    path: API_PATHS.alertInvestigationReturn,
    summary: 'Return a submitted investigation to its analyst with a comment',
    privilege: API_PRIVILEGES.review,
    bodySchema: returnInvestigationBodySchema,
    action: 'investigation_returned',
    verb: 'return',
    apply: (current, body, context) => applyReturn(current, body.comment, context),
  });
}
