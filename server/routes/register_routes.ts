import type { IRouter } from '../kibana_contracts';
import { registerAcceptExceptionRoute } from './accept_exception_route';
import { registerApproveInvestigationRoute } from './approve_investigation_route';
import { registerCreateExceptionRoute } from './create_exception_route';
import { registerDeleteExceptionRoute } from './delete_exception_route';
import { registerGetAlertChecklistsRoute } from './get_alert_checklists_route';
import { registerGetAlertEvidenceRoute } from './get_alert_evidence_route';
import { registerGetAlertExceptionsRoute } from './get_alert_exceptions_route';
import { registerGetAlertInvestigationRoute } from './get_alert_investigation_route';
import { registerGetAlertsRoute } from './get_alerts_route';
import { registerGetExceptionHistoryRoute } from './get_exception_history_route';
import { registerGetExceptionRoute } from './get_exception_route';
import { registerGetInvestigationHistoryRoute } from './get_investigation_history_route';
import { registerGetInvestigationReportRoute } from './get_investigation_report_route';
import type { InvestigationRouteDependencies } from './investigation_route_context';
import { registerListExceptionsRoute } from './list_exceptions_route';
import { registerListInvestigationsRoute } from './list_investigations_route';
import { registerPreviewExceptionRoute } from './preview_exception_route';
import { registerProposeExceptionRoute } from './propose_exception_route';
import { registerRejectExceptionRoute } from './reject_exception_route';
import { registerReturnInvestigationRoute } from './return_investigation_route';
import { registerStartInvestigationRoute } from './start_investigation_route';
import { registerSubmitInvestigationRoute } from './submit_investigation_route';
import { registerUpdateExceptionRoute } from './update_exception_route';
import { registerUpdateInvestigationRoute } from './update_investigation_route';

export function registerRoutes(router: IRouter, dependencies: InvestigationRouteDependencies): void {
  registerGetAlertsRoute(router, dependencies);
  registerGetAlertEvidenceRoute(router, dependencies);
  registerGetAlertChecklistsRoute(router, dependencies);

  registerGetAlertInvestigationRoute(router, dependencies);
  registerStartInvestigationRoute(router, dependencies);
  registerUpdateInvestigationRoute(router, dependencies);
  registerSubmitInvestigationRoute(router, dependencies);
  registerApproveInvestigationRoute(router, dependencies);
  registerReturnInvestigationRoute(router, dependencies);
  registerListInvestigationsRoute(router, dependencies);
  registerGetInvestigationHistoryRoute(router, dependencies);
  registerGetInvestigationReportRoute(router, dependencies);

  registerListExceptionsRoute(router, dependencies);
  registerGetExceptionRoute(router, dependencies);
  registerCreateExceptionRoute(router, dependencies);
  registerUpdateExceptionRoute(router, dependencies);
  registerDeleteExceptionRoute(router, dependencies);
  registerProposeExceptionRoute(router, dependencies);
  registerAcceptExceptionRoute(router, dependencies);
  registerRejectExceptionRoute(router, dependencies);
  registerGetExceptionHistoryRoute(router, dependencies);
  registerPreviewExceptionRoute(router, dependencies);
  registerGetAlertExceptionsRoute(router, dependencies);
}
