import { useState } from 'react';
import { EuiEmptyPrompt, EuiPageTemplate } from '@elastic/eui';

import type { AlertEvidence } from '../../../common/api/evidence';
import {
  AlertExceptionsCallout,
} from '../../components/alert_exceptions/alert_exceptions_callout';
import {
  ProposeExceptionButton,
} from '../../components/alert_exceptions/propose_exception_button';
import { AlertHeader } from '../../components/alert_header/alert_header';
import {
  DownloadReportButton,
} from '../../components/download_report_button/download_report_button';
import {
  EvidencePanelFocusContext,
} from '../../components/evidence_panels/evidence_panel_focus_context';
import { InvestigationHistory } from '../../components/investigation_history/investigation_history';
import { useAlertChecklists } from '../../hooks/use_alert_checklists';
import { useAlertExceptions } from '../../hooks/use_alert_exceptions';
import type { InvestigationState } from '../../hooks/use_investigation';
import { useEvidencePanelFocus } from '../../hooks/use_evidence_panel_focus';
import { InvestigationWorkspace } from './investigation_workspace';
import * as i18n from './translations';

type InvestigationTab = 'investigation' | 'history';

export interface InvestigationContentProps {
  evidence: AlertEvidence;
  alertsSearch: string;
  state: InvestigationState;
}

/** Renders the alert header with the investigation and history tabs of one alert. */
export const InvestigationContent = ({
  evidence,
  alertsSearch,
  state,
}: InvestigationContentProps) => {
  const panelFocus = useEvidencePanelFocus();
  const [selectedTab, setSelectedTab] = useState<InvestigationTab>('investigation');
  const checklistsRequest = useAlertChecklists(evidence.alert.id);
  const alertExceptions = useAlertExceptions(evidence.alert.id);
  const { investigation } = state;

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

  let history = (
    <EuiEmptyPrompt
      iconType="clockCounter"
      titleSize="xs"
      title={<h3>{i18n.NO_HISTORY_TITLE}</h3>}
      body={<p>{i18n.NO_HISTORY_BODY}</p>}
    />
  );

  if (investigation) {
    history = (
      <InvestigationHistory
        investigationId={investigation.id}
        revision={investigation.updated_at}
        checklists={checklistsRequest.data}
      />
    );
  }

  return (
    <EvidencePanelFocusContext.Provider value={panelFocus}>
      <AlertHeader
        alert={evidence.alert}
        alertsSearch={alertsSearch}
        actions={[
          <ProposeExceptionButton
            key="exception"
            evidence={evidence}
            investigation={investigation}
            alertExceptions={alertExceptions}
          />,
          <DownloadReportButton key="report" investigation={investigation} />,
        ]}
        tabs={tabs}
      />
      <EuiPageTemplate.Section>
        <AlertExceptionsCallout
          exceptions={alertExceptions.data}
          error={alertExceptions.error}
          onRetry={alertExceptions.refetch}
        />
        {selectedTab === 'history' ? (
          history
        ) : (
          <InvestigationWorkspace
            evidence={evidence}
            alertsSearch={alertsSearch}
            state={state}
            checklistsRequest={checklistsRequest}
          />
        )}
      </EuiPageTemplate.Section>
    </EvidencePanelFocusContext.Provider>
  );
};
