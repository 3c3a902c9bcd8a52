import { submitInvestigationBodySchema } from '../../common/api/investigations';
import { API_PATHS, API_PRIVILEGES } from '../../common/constants';
import { applySubmit } from '../../common/investigations/transitions';
import type { IRouter } from '../kibana_contracts';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { registerInvestigationTransitionRoute } from './investigation_transition_route';

export function registerSubmitInvestigationRoute(
  router: IRouter,
  dependencies: InvestigationRouteDependencies
): void {
  registerInvestigationTransitionRoute(router, dependencies, {
    path: API_PATHS.alertInvestigationSubmit,
    summary: 'Submit an investigation for review',
    privilege: API_PRIVILEGES.investigate,
    bodySchema: submitInvestigationBodySchema,
    action: 'investigation_submitted',
    verb: 'submit',
    apply: (current, _body, context) => applySubmit(current, context),
  });
}
