import { API_PATHS } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { getAlertEvidence } from '../lib/evidence/get_alert_evidence';
import { registerAlertReadRoute } from './register_alert_read_route';
import type { RouteDependencies } from './route_context';

export function registerGetAlertEvidenceRoute(
  router: IRouter,
  dependencies: RouteDependencies
): void {
  registerAlertReadRoute(router, dependencies, {
    path: API_PATHS.alertEvidence,
    summary: 'Get the evidence for an alert',
    subject: 'evidence',
    read: getAlertEvidence,
  });
}
