import type { ListAlertsResponse } from '../../common/api/alerts';
import type { AlertsRequestQuery } from '../api_client';
import { useApiRequest, type ApiRequestState } from './use_api_request';
import { usePluginServices } from './use_plugin_services';

/** Loads one page of alerts, keeping the previous page visible while the next one loads. */
export const useAlerts = (query: AlertsRequestQuery): ApiRequestState<ListAlertsResponse> => {
  const { api } = usePluginServices();

  return useApiRequest(JSON.stringify(query), (signal) => api.listAlerts(query, signal), {
    keepPreviousData: true,
  });
};
