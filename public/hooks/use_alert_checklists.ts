import type { ChecklistsResponse } from '../../common/api/checklists';
import { useApiRequest, type ApiRequestState } from './use_api_request';
import { usePluginServices } from './use_plugin_services';

/** Loads the checklists built from the investigation guide of the alert's rule. */
export const useAlertChecklists = (alertId: string): ApiRequestState<ChecklistsResponse> => {
  const { api } = usePluginServices();

  return useApiRequest(alertId, (signal) => api.getAlertChecklists(alertId, signal));
};
