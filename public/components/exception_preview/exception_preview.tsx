import { useState } from 'react';
import {
  EuiButton,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiPanel,
  EuiSelect,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';

import type { PreviewExceptionRequest } from '../../api_client';
import { useExceptionPreview } from '../../hooks/use_exception_preview';
import { pickOneOf } from '../../lib/alerts_page_query';
import { ApiErrorCallout } from '../api_error_callout/api_error_callout';
import { AlertTabLink, PreviewSampleTable } from './preview_sample_table';
import * as i18n from './translations';

/** Starts of the preview period as date math. The period ends now. */
const PERIODS = ['now-24h', 'now-7d', 'now-30d', 'now-90d'] as const;
type Period = (typeof PERIODS)[number];

const PERIOD_OPTIONS = PERIODS.map((value) => ({ value, text: i18n.PERIOD_LABELS[value] }));

export interface ExceptionPreviewProps {
  /** The draft's rules and entries, or null while they are invalid. */
  draft: Pick<PreviewExceptionRequest, 'rule_ids' | 'entries'> | null;
  /** Called instead of a preview while the draft is invalid, to show its problems. */
  onInvalid: () => void;
}

/**
 * Previews what a draft would match: matched of total alerts in a period, the newest matches,
 * and a warning for alerts that analysts confirmed as true positives.
 */
export const ExceptionPreview = ({ draft, onInvalid }: ExceptionPreviewProps) => {
  const [period, setPeriod] = useState<Period>('now-30d');
  const { result, resultRequest, error, loading, preview } = useExceptionPreview();
  const request: PreviewExceptionRequest | null = draft
    ? { ...draft, start: period, end: 'now' }
    : null;
  const isStale = result !== null && JSON.stringify(request) !== JSON.stringify(resultRequest);

  const run = () => (request ? preview(request) : onInvalid());

  return (
    <EuiPanel hasBorder paddingSize="m" data-test-subj="simpleHttpInvestigationExceptionPreview">
      <EuiTitle size="xs">
        <h3>{i18n.TITLE}</h3>
      </EuiTitle>
      <EuiText size="xs" color="subdued">
        <p>{i18n.DESCRIPTION}</p>
      </EuiText>
      <EuiSpacer size="s" />
      <EuiFlexGroup gutterSize="s" alignItems="center" wrap responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiSelect
            compressed
            prepend={i18n.PERIOD_LABEL}
            aria-label={i18n.PERIOD_LABEL}
            options={PERIOD_OPTIONS}
            value={period}
            onChange={(event) => setPeriod(pickOneOf(PERIODS, event.target.value) ?? 'now-30d')}
            data-test-subj="simpleHttpInvestigationPreviewPeriod"
          />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton
            size="s"
            iconType="inspect"
            isLoading={loading}
            onClick={run}
            data-test-subj="simpleHttpInvestigationPreviewButton"
          >
            {i18n.RUN}
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
      {!draft && (
        <EuiText size="xs" color="subdued">
          <p>{i18n.CANNOT_RUN}</p>
        </EuiText>
      )}
      {error && (
        <>
          <EuiSpacer size="s" />
          <ApiErrorCallout
            title={i18n.ERROR_TITLE}
            error={error}
            onRetry={run}
            data-test-subj="simpleHttpInvestigationPreviewError"
          />
        </>
      )}
      {result && (
        <>
          <EuiSpacer size="s" />
          {isStale && (
            <EuiText size="xs" color="warning" data-test-subj="simpleHttpInvestigationPreviewStale">
              <p>{i18n.STALE}</p>
            </EuiText>
          )}
          <EuiText size="s" data-test-subj="simpleHttpInvestigationPreviewMatched">
            <p>{i18n.matchedOfTotal(result.matched, result.total)}</p>
          </EuiText>
          {result.true_positive_alert_ids.length > 0 && (
            <>
              <EuiSpacer size="s" />
              <EuiCallOut
                color="warning"
                iconType="warning"
                size="s"
                title={i18n.truePositiveWarning(result.true_positive_alert_ids.length)}
                data-test-subj="simpleHttpInvestigationPreviewTruePositiveWarning"
              >
                <p>{i18n.TRUE_POSITIVE_BODY}</p>
                <ul>
                  {result.true_positive_alert_ids.map((alertId) => (
                    <li key={alertId}>
                      <AlertTabLink alertId={alertId}>{alertId}</AlertTabLink>
                    </li>
                  ))}
                </ul>
              </EuiCallOut>
            </>
          )}
          <EuiSpacer size="s" />
          <PreviewSampleTable sample={result.sample} matched={result.matched} />
        </>
      )}
    </EuiPanel>
  );
};
