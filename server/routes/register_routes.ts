import type { IRouter } from '../kibana_contracts';
import { registerGetAlertChecklistsRoute } from './get_alert_checklists_route';
import { registerGetAlertEvidenceRoute } from './get_alert_evidence_route';
import { registerGetAlertsRoute } from './get_alerts_route';
import type { RouteDependencies } from './route_context';

export function registerRoutes(router: IRouter, dependencies: RouteDependencies): void {
  registerGetAlertsRoute(router, dependencies);
  registerGetAlertEvidenceRoute(router, dependencies);
  registerGetAlertChecklistsRoute(router, dependencies);
}
