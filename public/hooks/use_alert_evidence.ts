import type { AlertEvidence } from '../../common/api/evidence';
import { useApiRequest, type ApiRequestState } from './use_api_request';
import { usePluginServices } from './use_plugin_services';

/** Loads the evidence of one alert for the investigation page. */
export const useAlertEvidence = (alertId: string): ApiRequestState<AlertEvidence> => {
  const { api } = usePluginServices();

  return useApiRequest(alertId, (signal) => api.getAlertEvidence(alertId, signal));
};
