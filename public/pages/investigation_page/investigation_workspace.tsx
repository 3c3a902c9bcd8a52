import { useRef } from 'react';
import {
  EuiFlexGroup,
  EuiFlexItem,
  EuiPanel,
  EuiSpacer,
  EuiText,
  EuiTitle,
  useEuiMinBreakpoint,
  useEuiTheme,
} from '@elastic/eui';
import { css } from '@emotion/react';

import type { ChecklistsResponse } from '../../../common/api/checklists';
import type { AlertEvidence } from '../../../common/api/evidence';
import { ApiErrorCallout } from '../../components/api_error_callout/api_error_callout';
import { DerivedFacts } from '../../components/derived_facts/derived_facts';
import { EvidencePanels } from '../../components/evidence_panels/evidence_panels';
import { evidenceWindow } from '../../components/evidence_panels/translations';
import {
  InvestigationStatusPanel,
} from '../../components/investigation_status/investigation_status_panel';
import { ReviewCommentList } from '../../components/investigation_status/review_comments';
import { ReadOnlyCallout } from '../../components/missing_privilege_tooltip/read_only_callout';
import { VerdictForm } from '../../components/verdict_form/verdict_form';
import { VerdictSummary } from '../../components/verdict_form/verdict_summary';
import type { ApiRequestState } from '../../hooks/use_api_request';
import { useCapabilities } from '../../hooks/use_capabilities';
import type { InvestigationState } from '../../hooks/use_investigation';
import { formatTimestamp } from '../../lib/format_timestamp';
import { canEditDetails, getSubmitBlockers } from '../../lib/investigation_rules';
import { ChecklistsArea } from './checklists_area';
import * as i18n from './translations';
import { VerdictShortcutBar } from './verdict_shortcut_bar';

/**
 * Scrolls the verdict area into view and focuses its first field, or the area itself when it
 * shows the read-only summary.
 */
const goToVerdict = (verdictArea: HTMLElement | null) => {
  if (!verdictArea) {
    return;
  }

  // jsdom has no scrollIntoView, so the call is optional.
  verdictArea.scrollIntoView?.({ block: 'nearest' });
  const firstField = verdictArea.querySelector<HTMLElement>('select, textarea, input');
  (firstField ?? verdictArea).focus({ preventScroll: true });
};

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

export interface InvestigationWorkspaceProps {
  evidence: AlertEvidence;
  alertsSearch: string;
  state: InvestigationState;
  checklistsRequest: ApiRequestState<ChecklistsResponse>;
}

/** Renders the investigation tab: status, facts, evidence, checklists and the verdict form. */
export const InvestigationWorkspace = ({
  evidence,
  alertsSearch,
  state,
  checklistsRequest,
}: InvestigationWorkspaceProps) => {
  const stickyColumnCss = useStickyColumnCss();
  const verdictAreaRef = useRef<HTMLDivElement>(null);
  const { canInvestigate } = useCapabilities();
  const { investigation, values, saveState } = state;
  const readOnly =
    !canInvestigate || state.loading || state.loadError !== null || state.submitting;
  const canSubmit = canEditDetails(investigation) && !readOnly;

  return (
    <>
      {!canInvestigate && (
        <>
          <ReadOnlyCallout action="investigate" />
          <EuiSpacer size="m" />
        </>
      )}
      {state.loadError ? (
        <ApiErrorCallout
          title={i18n.INVESTIGATION_ERROR_TITLE}
          error={state.loadError}
          onRetry={state.reload}
          data-test-subj="simpleHttpInvestigationInvestigationError"
        />
      ) : (
        !state.loading && <InvestigationStatusPanel state={state} />
      )}
      <EuiSpacer size="m" />
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
          <VerdictShortcutBar
            state={state}
            canSubmit={canSubmit}
            onGoToVerdict={() => goToVerdict(verdictAreaRef.current)}
          />
          <EuiSpacer size="s" />
          <ChecklistsArea
            checklistsRequest={checklistsRequest}
            facts={evidence.facts}
            investigation={investigation}
            steps={values.steps}
            readOnly={readOnly}
            onStepChange={state.editStep}
          />
          <EuiSpacer size="m" />
          <div ref={verdictAreaRef} tabIndex={-1}>
            {canSubmit ? (
              <VerdictForm
                values={values}
                blockers={getSubmitBlockers(investigation, values, saveState)}
                submitting={state.submitting}
                onChange={state.editVerdictFields}
                onSubmit={() => void state.submit()}
              />
            ) : (
              <EuiPanel hasBorder>
                <EuiTitle size="xs">
                  <h3>{i18n.VERDICT_TITLE}</h3>
                </EuiTitle>
                <EuiSpacer size="s" />
                <VerdictSummary values={values} />
              </EuiPanel>
            )}
          </div>
          {investigation && investigation.review_comments.length > 0 && (
            <>
              <EuiSpacer size="m" />
              <ReviewCommentList comments={investigation.review_comments} />
            </>
          )}
        </EuiFlexItem>
      </EuiFlexGroup>
    </>
  );
};
