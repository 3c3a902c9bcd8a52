import { useState } from 'react';
import { EuiFlexGroup, EuiFlexItem, EuiPageTemplate, EuiSpacer } from '@elastic/eui';

import type { AlertEvidence } from '../../../common/api/evidence';
import type { Investigation } from '../../../common/api/investigations';
import { AlertHeader } from '../../components/alert_header/alert_header';
import { DerivedFacts } from '../../components/derived_facts/derived_facts';
import {
  DownloadReportButton,
} from '../../components/download_report_button/download_report_button';
import {
  EvidencePanelFocusContext,
} from '../../components/evidence_panels/evidence_panel_focus_context';
import { EvidencePanels } from '../../components/evidence_panels/evidence_panels';
import { InvestigationHistory } from '../../components/investigation_history/investigation_history';
import { useAlertChecklists } from '../../hooks/use_alert_checklists';
import { useEvidencePanelFocus } from '../../hooks/use_evidence_panel_focus';
import { stepValuesOf } from '../../lib/investigation_edits';
import { ChecklistsArea } from '../investigation_page/checklists_area';
import { ReviewSummaryPanel } from './review_summary_panel';
import * as i18n from './translations';

type ReviewTab = 'investigation' | 'history';

export interface ReviewInvestigationContentProps {
  evidence: AlertEvidence;
  investigation: Investigation;
  reviewSearch: string;
  onUpdated: (investigation: Investigation) => void;
}

const ignoreStepChange = () => undefined;

/** Renders a submitted investigation read-only, with the lead's Approve and Return buttons. */
export const ReviewInvestigationContent = ({
  evidence,
  investigation,
  reviewSearch,
  onUpdated,
}: ReviewInvestigationContentProps) => {
  const panelFocus = useEvidencePanelFocus();
  const checklistsRequest = useAlertChecklists(evidence.alert.id);
  const [selectedTab, setSelectedTab] = useState<ReviewTab>('investigation');

  const tabs = [
    {
      label: i18n.TAB_INVESTIGATION,
      isSelected: selectedTab === 'investigation',
      onClick: () => setSelectedTab('investigation'),
      'data-test-subj': 'simpleHttpInvestigationInvestigationTab',
    },
    {
      label: i18n.TAB_HISTORY,
      isSelected: selectedTab === 'history',
      onClick: () => setSelectedTab('history'),
      'data-test-subj': 'simpleHttpInvestigationHistoryTab',
    },
  ];

  return (
    <EvidencePanelFocusContext.Provider value={panelFocus}>
      <AlertHeader
        alert={evidence.alert}
        alertsSearch=""
        backLink={{ pathname: '/review', search: reviewSearch, label: i18n.BACK_TO_QUEUE }}
        actions={[<DownloadReportButton key="report" investigation={investigation} />]}
        tabs={tabs}
      />
      <EuiPageTemplate.Section>
        {selectedTab === 'history' ? (
          <InvestigationHistory
            investigationId={investigation.id}
            revision={investigation.updated_at}
            checklists={checklistsRequest.data}
          />
        ) : (
          <>
            <ReviewSummaryPanel investigation={investigation} onUpdated={onUpdated} />
            <EuiSpacer size="m" />
            <DerivedFacts facts={evidence.facts} />
            <EuiSpacer size="m" />
            <EuiFlexGroup gutterSize="l" alignItems="flexStart" wrap>
              <EuiFlexItem grow={3} css={{ minWidth: 480 }}>
                <EvidencePanels evidence={evidence} alertsSearch="" />
              </EuiFlexItem>
              <EuiFlexItem grow={2} css={{ minWidth: 360 }}>
                <ChecklistsArea
                  checklistsRequest={checklistsRequest}
                  facts={evidence.facts}
                  investigation={investigation}
                  steps={stepValuesOf(investigation)}
                  readOnly
                  onStepChange={ignoreStepChange}
                />
              </EuiFlexItem>
            </EuiFlexGroup>
          </>
        )}
      </EuiPageTemplate.Section>
    </EvidencePanelFocusContext.Provider>
  );
};
