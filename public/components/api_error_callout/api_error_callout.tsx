import type { ReactNode } from 'react';
import { EuiButton, EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText } from '@elastic/eui';

import type { ApiErrorDetails } from '../../api_client';
import * as i18n from './translations';

export interface ApiErrorCalloutProps {
  title: string;
  error: ApiErrorDetails;
  onRetry: () => void;
  /** Shown after the retry button, for example a link away from a request that cannot succeed. */
  actions?: ReactNode;
  'data-test-subj'?: string;
}

/** Renders a failed API request: what failed, the server's message, and a retry button. */
export const ApiErrorCallout = ({
  title,
  error,
  onRetry,
  actions,
  'data-test-subj': dataTestSubj,
}: ApiErrorCalloutProps) => (
  <EuiCallOut
    title={title}
    color="danger"
    iconType="error"
    role="alert"
    data-test-subj={dataTestSubj ?? 'simpleHttpInvestigationApiError'}
  >
    <EuiText size="s">
      {error.statusCode === 503 && <p>{i18n.ENGINE_UNAVAILABLE}</p>}
      {error.statusCode === null && <p>{i18n.NO_RESPONSE}</p>}
      <p>
        {error.statusCode === null
          ? error.message
          : i18n.statusLine(error.statusCode, error.message)}
      </p>
    </EuiText>
    <EuiSpacer size="s" />
    <EuiFlexGroup gutterSize="s" responsive={false} wrap>
      <EuiFlexItem grow={false}>
        <EuiButton
          size="s"
          color="danger"
          iconType="refresh"
          onClick={onRetry}
          data-test-subj="simpleHttpInvestigationRetryButton"
        >
          {i18n.RETRY}
        </EuiButton>
      </EuiFlexItem>
      {actions && <EuiFlexItem grow={false}>{actions}</EuiFlexItem>}
    </EuiFlexGroup>
  </EuiCallOut>
);
