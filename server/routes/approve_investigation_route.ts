import { approveInvestigationBodySchema } from '../../common/api/investigations';
import { API_PATHS, API_PRIVILEGES } from '../../common/constants';
import { applyApprove } from '../../common/investigations/transitions';
import type { IRouter } from '../kibana_contracts';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { registerInvestigationTransitionRoute } from './investigation_transition_route';

export function registerApproveInvestigationRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  registerInvestigationTransitionRoute(router, dependencies, {
    path: API_PATHS.alertInvestigationApprove,
    summary: 'Approve a submitted investigation',
    privilege: API_PRIVILEGES.review,
    bodySchema: approveInvestigationBodySchema,
    action: 'investigation_approved',
    verb: 'approve',
    apply: (current, body, context) => applyApprove(current, body.comment, context),
  });
}
