import { useCallback, useState } from 'react';

import type { Investigation } from '../../common/api/investigations';
import type { ApiErrorDetails } from '../api_client';
import { useApiRequest } from './use_api_request';
import { usePluginServices } from './use_plugin_services';

export interface ReviewInvestigationState {
  /** The latest record: from the load, or from the last review action. */
  investigation: Investigation | undefined;
  error: ApiErrorDetails | null;
  loading: boolean;
  refetch: () => void;
  /** Shows a record the server returned, such as the approved one. */
  replace: (investigation: Investigation) => void;
}

/** Loads the investigation a lead reviews, and keeps the record each review action returns. */
export const useReviewInvestigation = (alertId: string): ReviewInvestigationState => {
  const { api } = usePluginServices();
  const { data, error, loading, refetch } = useApiRequest(alertId, (signal) =>
    api.getInvestigation(alertId, signal)
  );
  const [latest, setLatest] = useState<Investigation | null>(null);

  const reload = useCallback(() => {
    setLatest(null);
    refetch();
  }, [refetch]);

  return {
    investigation: latest ?? data,
    error,
    loading,
    refetch: reload,
    replace: setLatest,
  };
};
