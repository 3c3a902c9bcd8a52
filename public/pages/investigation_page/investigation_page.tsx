import { useLocation } from 'react-router-dom';
import {
  EuiFlexGroup,
  EuiFlexItem,
  EuiLoadingSpinner,
  EuiPageTemplate,
  EuiSpacer,
  EuiText,
  useEuiMinBreakpoint,
  useEuiTheme,
} from '@elastic/eui';
import { css } from '@emotion/react';

import type { AlertEvidence } from '../../../common/api/evidence';
import { AlertHeader } from '../../components/alert_header/alert_header';
import { ApiErrorCallout } from '../../components/api_error_callout/api_error_callout';
import { DerivedFacts } from '../../components/derived_facts/derived_facts';
import {
  EvidencePanelFocusContext,
} from '../../components/evidence_panels/evidence_panel_focus_context';
import { EvidencePanels } from '../../components/evidence_panels/evidence_panels';
import { evidenceWindow } from '../../components/evidence_panels/translations';
import { useAlertEvidence } from '../../hooks/use_alert_evidence';
import { useBreadcrumbs } from '../../hooks/use_breadcrumbs';
import { useEvidencePanelFocus } from '../../hooks/use_evidence_panel_focus';
import { readAlertsSearch } from '../../lib/app_location_state';
import { formatTimestamp } from '../../lib/format_timestamp';
import { AlertNotFound } from './alert_not_found';
import { ChecklistsArea } from './checklists_area';
import * as i18n from './translations';

export interface InvestigationPageProps {
  alertId: string;
}

const PAGE_TEST_SUBJ = 'simpleHttpInvestigationInvestigationPage';

/**
 * On wide screens the checklists stay in view while the evidence scrolls, so a step's link
 * to a panel further down does not take the step out of sight.
 */
const useStickyColumnCss = () => {
  const { euiTheme } = useEuiTheme();
  const wideScreen = useEuiMinBreakpoint('l');
  // Kibana's fixed header sets --euiFixedHeadersOffset, while the standalone header is static.
  const headerOffset = `var(--euiFixedHeadersOffset, 0px)`;

  return css`
    min-width: 360px;
    ${wideScreen} {
      position: sticky;
      top: calc(${headerOffset} + ${euiTheme.size.m});
      max-height: calc(100vh - ${headerOffset} - ${euiTheme.size.l});
      overflow-y: auto;
    }
  `;
};

interface InvestigationContentProps {
  evidence: AlertEvidence;
  alertsSearch: string;
}

const InvestigationContent = ({ evidence, alertsSearch }: InvestigationContentProps) => {
  const panelFocus = useEvidencePanelFocus();
  const stickyColumnCss = useStickyColumnCss();

  return (
    <EvidencePanelFocusContext.Provider value={panelFocus}>
      <AlertHeader alert={evidence.alert} alertsSearch={alertsSearch} />
      <EuiPageTemplate.Section>
        <DerivedFacts facts={evidence.facts} />
        <EuiSpacer size="m" />
        <EuiText size="xs" color="subdued">
          <p>
            {evidenceWindow(
              formatTimestamp(evidence.window.start),
              formatTimestamp(evidence.window.end)
            )}
          </p>
        </EuiText>
        <EuiSpacer size="s" />
        <EuiFlexGroup gutterSize="l" alignItems="flexStart" wrap>
          <EuiFlexItem grow={3} css={{ minWidth: 480 }}>
            <EvidencePanels evidence={evidence} alertsSearch={alertsSearch} />
          </EuiFlexItem>
          <EuiFlexItem grow={2} css={stickyColumnCss}>
            <ChecklistsArea alertId={evidence.alert.id} facts={evidence.facts} />
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiPageTemplate.Section>
    </EvidencePanelFocusContext.Provider>
  );
};

/** Evidence, derived facts and checklists of one alert. */
export const InvestigationPage = ({ alertId }: InvestigationPageProps) => {
  const { state } = useLocation();
  const alertsSearch = readAlertsSearch(state);
  const { data, error, loading, refetch } = useAlertEvidence(alertId);

  useBreadcrumbs([{ text: data?.alert.rule.name ?? i18n.ALERT_BREADCRUMB }]);

  if (data) {
    return (
      <EuiPageTemplate restrictWidth={false} data-test-subj={PAGE_TEST_SUBJ}>
        {error && (
          <EuiPageTemplate.Section paddingSize="s">
            <ApiErrorCallout title={i18n.STALE_EVIDENCE_TITLE} error={error} onRetry={refetch} />
          </EuiPageTemplate.Section>
        )}
        <InvestigationContent evidence={data} alertsSearch={alertsSearch} />
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
