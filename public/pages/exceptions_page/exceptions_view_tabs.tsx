import { EuiNotificationBadge, EuiTab, EuiTabs } from '@elastic/eui';

import type { ExceptionsView } from '../../lib/exceptions_page_query';
import * as i18n from './translations';

export interface ExceptionsViewTabsProps {
  view: ExceptionsView;
  /** Proposals waiting for an admin, or undefined before the first page loads. */
  proposedTotal: number | undefined;
  onChange: (view: ExceptionsView) => void;
}

/** Switches between all exceptions and the proposals queue, with the count of waiting proposals. */
export const ExceptionsViewTabs = ({ view, proposedTotal, onChange }: ExceptionsViewTabsProps) => (
  <EuiTabs size="s">
    <EuiTab
      isSelected={view === 'exceptions'}
      onClick={() => onChange('exceptions')}
      data-test-subj="simpleHttpInvestigationExceptionsTab"
    >
      {i18n.EXCEPTIONS_TAB}
    </EuiTab>
    <EuiTab
      isSelected={view === 'proposals'}
      onClick={() => onChange('proposals')}
      append={
        proposedTotal ? (
          <EuiNotificationBadge
            color="accent"
            aria-label={i18n.waitingProposals(proposedTotal)}
            data-test-subj="simpleHttpInvestigationProposalsCount"
          >
            {proposedTotal}
          </EuiNotificationBadge>
        ) : undefined
      }
      data-test-subj="simpleHttpInvestigationProposalsTab"
    >
      {i18n.PROPOSALS_TAB}
    </EuiTab>
  </EuiTabs>
);
