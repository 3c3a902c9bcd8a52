import type { ListInvestigationsResponse } from '../../common/api/investigations';
import type { InvestigationsRequestQuery } from '../api_client';
import { useApiRequest, type ApiRequestState } from './use_api_request';
import { usePluginServices } from './use_plugin_services';

/** Loads one page of investigations, keeping the previous page visible while the next loads. */
export const useInvestigations = (
  query: InvestigationsRequestQuery
): ApiRequestState<ListInvestigationsResponse> => {
  const { api } = usePluginServices();

  return useApiRequest(JSON.stringify(query), (signal) => api.listInvestigations(query, signal), {
    keepPreviousData: true,
  });
};
