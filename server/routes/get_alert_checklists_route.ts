import { API_PATHS } from '../../common/constants';
import type { IRouter } from '../kibana_contracts';
import { getAlertChecklists } from '../lib/checklists/get_alert_checklists';
import { registerAlertReadRoute } from './register_alert_read_route';
import type { RouteDependencies } from './route_context';

export function registerGetAlertChecklistsRoute(
  router: IRouter,
  dependencies: RouteDependencies
): void {
  registerAlertReadRoute(router, dependencies, {
    path: API_PATHS.alertChecklists,
    summary: "Get an alert's checklists from its rule's investigation guide",
    subject: 'checklists',
    read: getAlertChecklists,
  });
}
