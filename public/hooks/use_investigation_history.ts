import type { InvestigationHistoryResponse } from '../../common/api/investigations';
import { useApiRequest, type ApiRequestState } from './use_api_request';
import { usePluginServices } from './use_plugin_services';

/**
 * Loads the audit records of an investigation. `revision` (the record's `updated_at`) is part
 * of the request key, so the history loads again after every save.
 */
export const useInvestigationHistory = (
  investigationId: string,
  revision: string
): ApiRequestState<InvestigationHistoryResponse> => {
  const { api } = usePluginServices();

  return useApiRequest(
    `${investigationId}@${revision}`,
    (signal) => api.getInvestigationHistory(investigationId, signal),
    { keepPreviousData: true }
  );
};
