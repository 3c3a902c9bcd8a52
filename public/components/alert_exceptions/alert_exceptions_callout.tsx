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

import type { AlertExceptionsResponse, ExceptionSummary } from '../../../common/api/exceptions';
import type { ApiErrorDetails } from '../../api_client';
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

const ProposalsPanel = ({ proposals }: { proposals: ExceptionSummary[] }) => (
  <EuiPanel hasBorder paddingSize="s" data-test-subj="simpleHttpInvestigationAlertProposals">
    <EuiTitle size="xxs">
      <h3>{i18n.PROPOSALS_TITLE}</h3>
    </EuiTitle>
    <EuiSpacer size="xs" />
    {proposals.map((proposal) => (
      <EuiFlexGroup
        key={proposal.id}
        gutterSize="s"
        alignItems="center"
        responsive={false}
        data-test-subj={`simpleHttpInvestigationAlertProposal-${proposal.id}`}
      >
        <EuiFlexItem grow={false}>
          <ExceptionStatusBadge status={proposal.status} />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiText size="s">
            <ExceptionLink exception={proposal} />
          </EuiText>
        </EuiFlexItem>
      </EuiFlexGroup>
    ))}
  </EuiPanel>
);

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
