import type { ListExceptionsResponse } from '../../common/api/exceptions';
import type { ExceptionsRequestQuery } from '../api_client';
import { useApiRequest, type ApiRequestState } from './use_api_request';
import { usePluginServices } from './use_plugin_services';

/** Loads one page of exceptions, keeping the previous page visible while the next loads. */
export const useExceptions = (
  query: ExceptionsRequestQuery
): ApiRequestState<ListExceptionsResponse> => {
  const { api } = usePluginServices();

  return useApiRequest(JSON.stringify(query), (signal) => api.listExceptions(query, signal), {
    keepPreviousData: true,
  });
};
