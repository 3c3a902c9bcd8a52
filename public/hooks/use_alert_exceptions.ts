import type { AlertExceptionsResponse } from '../../common/api/exceptions';
import { useApiRequest, type ApiRequestState } from './use_api_request';
import { usePluginServices } from './use_plugin_services';

export type AlertExceptionsState = ApiRequestState<AlertExceptionsResponse>;

/** Loads the active exceptions that match an alert and the proposals made from it. */
export const useAlertExceptions = (alertId: string): AlertExceptionsState => {
  const { api } = usePluginServices();

  return useApiRequest(alertId, (signal) => api.getAlertExceptions(alertId, signal));
};
