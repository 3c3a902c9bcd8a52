import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { EuiFlexGroup, EuiLoadingSpinner, EuiPageTemplate, EuiText } from '@elastic/eui';

import { ApiErrorCallout } from '../../components/api_error_callout/api_error_callout';
import { useAlertEvidence } from '../../hooks/use_alert_evidence';
import { useBreadcrumbs } from '../../hooks/use_breadcrumbs';
import { useInvestigation } from '../../hooks/use_investigation';
import { readAlertsSearch } from '../../lib/app_location_state';
import { AlertNotFound } from './alert_not_found';
import { BackToAlertsLink } from './back_to_alerts_link';
import { InvestigationContent } from './investigation_content';
import * as i18n from './translations';

export interface InvestigationPageProps {
  alertId: string;
}

const PAGE_TEST_SUBJ = 'simpleHttpInvestigationInvestigationPage';

/**
 * Loads the evidence again when the investigation starts, because starting it acknowledges
 * the alert and the header shows the alert's workflow status.
 */
const useReloadOnStart = (started: boolean, reloadEvidence: () => void): void => {
  const wasStarted = useRef<boolean | null>(null);

  useEffect(() => {
    if (wasStarted.current === false && started) {
      reloadEvidence();
    }

    wasStarted.current = started;
  }, [started, reloadEvidence]);
};

/** Evidence, derived facts, checklists and the saved investigation of one alert. */
export const InvestigationPage = ({ alertId }: InvestigationPageProps) => {
  const { state } = useLocation();
  const alertsSearch = readAlertsSearch(state);
  const { data, error, loading, refetch } = useAlertEvidence(alertId);
  const investigationState = useInvestigation(alertId);

  useBreadcrumbs([{ text: data?.alert.rule.name ?? i18n.ALERT_BREADCRUMB }]);
  useReloadOnStart(
    !investigationState.loading && investigationState.investigation !== null,
    refetch
  );

  if (data) {
    return (
      <EuiPageTemplate restrictWidth={false} data-test-subj={PAGE_TEST_SUBJ}>
        {error && (
          <EuiPageTemplate.Section paddingSize="s">
            <ApiErrorCallout title={i18n.STALE_EVIDENCE_TITLE} error={error} onRetry={refetch} />
          </EuiPageTemplate.Section>
        )}
        <InvestigationContent
          evidence={data}
          alertsSearch={alertsSearch}
          state={investigationState}
        />
      </EuiPageTemplate>
    );
  }
  let content;

  if (error?.statusCode === 404) {
    content = <AlertNotFound alertId={alertId} alertsSearch={alertsSearch} />;
  } else if (error) {
    content = (
      <ApiErrorCallout
        title={i18n.EVIDENCE_ERROR_TITLE}
        error={error}
        onRetry={refetch}
        actions={<BackToAlertsLink alertsSearch={alertsSearch} />}
        data-test-subj="simpleHttpInvestigationEvidenceError"
      />
    );
  } else {
    content = (
      <EuiFlexGroup
        direction="column"
        alignItems="center"
        gutterSize="m"
        data-test-subj="simpleHttpInvestigationInvestigationLoading"
      >
        <EuiLoadingSpinner size="xl" />
        <EuiText size="s" color="subdued">
          {loading ? i18n.LOADING : null}
        </EuiText>
      </EuiFlexGroup>
    );
  }

  return (
    <EuiPageTemplate restrictWidth={false} data-test-subj={PAGE_TEST_SUBJ}>
      <EuiPageTemplate.Section>{content}</EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
};
