import {
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiPanel,
  EuiSpacer,
  EuiText,
  EuiTitle,
  useEuiTheme,
} from '@elastic/eui';
import type { ReactNode } from 'react';

import type {
  AlertExceptionsResponse,
  ExceptionDecision,
  ExceptionSummary,
} from '../../../common/api/exceptions';
import type { ApiErrorDetails } from '../../api_client';
import { useProposalDecisions } from '../../hooks/use_proposal_decisions';
import { formatTimestamp } from '../../lib/format_timestamp';
import { ApiErrorCallout } from '../api_error_callout/api_error_callout';
import { AppLink } from '../app_link/app_link';
import { describeException } from '../exception_badges/exception_badges';
import { ExceptionStatusBadge } from '../exception_badges/exception_status_badge';
import * as i18n from './translations';

/** The app's Exceptions page, where admins manage exceptions and proposals. */
const EXCEPTIONS_PATH = '/exceptions';

export interface AlertExceptionsCalloutProps {
  /** Undefined until the first response arrives. */
  exceptions: AlertExceptionsResponse | undefined;
  error: ApiErrorDetails | null;
  onRetry: () => void;
}

const ExceptionLink = ({ exception }: { exception: ExceptionSummary }) => (
  <AppLink
    to={{ pathname: EXCEPTIONS_PATH }}
    data-test-subj={`simpleHttpInvestigationAlertExceptionLink-${exception.id}`}
  >
    {exception.name}
  </AppLink>
);

const MatchesCallout = ({ matches }: { matches: ExceptionSummary[] }) => (
  <EuiCallOut
    title={i18n.matchesTitle(matches.length)}
    color="primary"
    iconType="eyeClosed"
    size="s"
    data-test-subj="simpleHttpInvestigationAlertExceptionMatches"
  >
    <p>{i18n.MATCHES_BODY}</p>
    <ul>
      {matches.map((exception) => (
        <li key={exception.id}>
          <ExceptionLink exception={exception} />: {describeException(exception)}
        </li>
      ))}
    </ul>
  </EuiCallOut>
);

const DecisionText = ({ decision }: { decision: ExceptionDecision }) => (
  <EuiText size="xs" color="subdued">
    <p>
      {i18n.decidedBy(decision.decided_by, formatTimestamp(decision.decided_at))}
      {decision.comment && (
        <>
          <br />
          {i18n.decisionComment(decision.comment)}
        </>
      )}
    </p>
  </EuiText>
);

const ProposalsPanel = ({ proposals }: { proposals: ExceptionSummary[] }) => {
  // NOTE: when the decisions fail to load, the panel shows the statuses without them.
  const { data: decisions } = useProposalDecisions(proposals);

  return (
    <EuiPanel hasBorder paddingSize="s" data-test-subj="simpleHttpInvestigationAlertProposals">
      <EuiTitle size="xxs">
        <h3>{i18n.PROPOSALS_TITLE}</h3>
      </EuiTitle>
      <EuiSpacer size="xs" />
      {proposals.map((proposal) => {
        const decision = decisions?.[proposal.id];

        return (
          <div
            key={proposal.id}
            data-test-subj={`simpleHttpInvestigationAlertProposal-${proposal.id}`}
          >
            <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
              <EuiFlexItem grow={false}>
                <ExceptionStatusBadge status={proposal.status} />
              </EuiFlexItem>
              <EuiFlexItem grow={false}>
                <EuiText size="s">
                  <ExceptionLink exception={proposal} />
                </EuiText>
              </EuiFlexItem>
            </EuiFlexGroup>
            {decision && <DecisionText decision={decision} />}
          </div>
        );
      })}
    </EuiPanel>
  );
};

const renderContent = ({ exceptions, error, onRetry }: AlertExceptionsCalloutProps) => {
  if (exceptions === undefined) {
    return error ? (
      <ApiErrorCallout
        title={i18n.LOAD_ERROR_TITLE}
        error={error}
        onRetry={onRetry}
        data-test-subj="simpleHttpInvestigationAlertExceptionsError"
      />
    ) : null;
  }

  const { matches, proposals } = exceptions;

  if (matches.length === 0 && proposals.length === 0) {
    return null;
  }

  return (
    <EuiFlexGroup direction="column" gutterSize="s">
      {matches.length > 0 && (
        <EuiFlexItem>
          <MatchesCallout matches={matches} />
        </EuiFlexItem>
      )}
      {proposals.length > 0 && (
        <EuiFlexItem>
          <ProposalsPanel proposals={proposals} />
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
};

/**
 * Renders the active exceptions that match the alert, each linking to the Exceptions page,
 * and the proposals made from the alert with their status, above the page's content. Renders
 * nothing when there are neither.
 */
export const AlertExceptionsCallout = (props: AlertExceptionsCalloutProps) => {
  const { euiTheme } = useEuiTheme();
  const content: ReactNode = renderContent(props);

  return content === null ? null : (
    <div css={{ marginBlockEnd: euiTheme.size.l }}>{content}</div>
  );
};
