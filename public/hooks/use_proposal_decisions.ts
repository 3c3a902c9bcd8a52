import type { ExceptionDecision, ExceptionSummary } from '../../common/api/exceptions';
import { useApiRequest, type ApiRequestState } from './use_api_request';
import { usePluginServices } from './use_plugin_services';

/** Decisions of accepted or rejected proposals, by exception id. */
export type ProposalDecisions = Record<string, ExceptionDecision>;

/**
 * Loads who accepted or rejected each decided proposal, and their comment. The alert's
 * exception summaries carry only the status, so each decided proposal is read in full.
 */
export const useProposalDecisions = (
  proposals: ExceptionSummary[]
): ApiRequestState<ProposalDecisions> => {
  const { api } = usePluginServices();
  const decidedIds = proposals
    .filter(({ status }) => status !== 'proposed')
    .map(({ id }) => id);

  return useApiRequest(decidedIds.join(','), async (signal) => {
    const records = await Promise.all(decidedIds.map((id) => api.getException(id, signal)));
    const decisions: ProposalDecisions = {};

    for (const record of records) {
      if (record.decision) {
        decisions[record.id] = record.decision;
      }
    }

    return decisions;
  });
};
