import type { ExceptionRecord } from '../../../common/api/exceptions';
import { formatTimestamp } from '../../lib/format_timestamp';
import { AlertTabLink } from '../exception_preview/preview_sample_table';
import * as i18n from './translations';

/** Says who proposed the exception, when, and from which alert, and how it was decided. */
export const ProposalDescription = ({ record }: { record: ExceptionRecord }) => {
  const { proposal, decision } = record;

  if (!proposal) {
    return null;
  }

  return (
    <div data-test-subj="simpleHttpInvestigationProposalDescription">
      <p>
        {i18n.proposedBy(proposal.proposed_by, formatTimestamp(proposal.proposed_at))}{' '}
        <AlertTabLink alertId={proposal.alert_id}>{proposal.alert_id}</AlertTabLink>
      </p>
      {decision?.comment && <p>{i18n.decisionComment(decision.decided_by, decision.comment)}</p>}
    </div>
  );
};
