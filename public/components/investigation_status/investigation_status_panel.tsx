import {
  EuiButton,
  EuiFlexGroup,
  EuiFlexItem,
  EuiPanel,
  EuiSpacer,
  EuiText,
} from '@elastic/eui';

import type { Investigation } from '../../../common/api/investigations';
import { useCapabilities } from '../../hooks/use_capabilities';
import type { InvestigationState } from '../../hooks/use_investigation';
import { formatTimestamp } from '../../lib/format_timestamp';
import { canEditDetails } from '../../lib/investigation_rules';
import { InvestigationStatusBadge } from '../badges/investigation_status_badge';
import { MissingPrivilegeTooltip } from '../missing_privilege_tooltip/missing_privilege_tooltip';
import { AssigneeField } from './assignee_field';
import { ConflictCallout } from './conflict_callout';
import { ReturnedCallout } from './review_comments';
import { SaveStatus } from './save_status';
import * as i18n from './translations';

/** Returns what the status means for the analyst, or null when nothing needs saying. */
const statusNote = (investigation: Investigation): string | null => {
  if (investigation.status === 'submitted' && investigation.submitted_at) {
    return i18n.submittedNote(formatTimestamp(investigation.submitted_at));
  }

  const { reviewed_by: reviewer, reviewed_at: reviewedAt } = investigation;

  if (investigation.status === 'approved' && reviewer && reviewedAt) {
    return i18n.approvedNote(reviewer, formatTimestamp(reviewedAt));
  }

  return null;
};

export interface InvestigationStatusPanelProps {
  state: InvestigationState;
}

/**
 * Renders the investigation's status, who started it and when, the assignee and whether the
 * edits are saved, with the callouts for a version conflict and a returned investigation.
 */
export const InvestigationStatusPanel = ({ state }: InvestigationStatusPanelProps) => {
  const { canInvestigate } = useCapabilities();
  const { investigation, values, saveState } = state;
  const isStarting = investigation === null && saveState.kind === 'saving';

  return (
    <>
      {saveState.kind === 'conflict' && (
        <>
          <ConflictCallout
            current={saveState.current}
            hasUnsavedEdits={state.hasUnsavedEdits}
            onReload={state.takeServerRecord}
          />
          <EuiSpacer size="m" />
        </>
      )}
      {investigation && <ReturnedCallout investigation={investigation} />}
      {investigation?.status === 'returned' && <EuiSpacer size="m" />}
      <EuiPanel hasBorder paddingSize="m" data-test-subj="simpleHttpInvestigationStatusPanel">
        <EuiFlexGroup gutterSize="m" alignItems="center" wrap responsive={false}>
          <EuiFlexItem grow={false}>
            <InvestigationStatusBadge status={investigation?.status ?? null} />
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiText size="s" color="subdued" data-test-subj="simpleHttpInvestigationStartedBy">
              {investigation
                ? i18n.startedBy(investigation.analyst, formatTimestamp(investigation.created_at))
                : i18n.NOT_STARTED_HINT}
            </EuiText>
          </EuiFlexItem>
          {investigation && statusNote(investigation) && (
            <EuiFlexItem grow={false}>
              <EuiText size="s" data-test-subj="simpleHttpInvestigationStatusNote">
                {statusNote(investigation)}
              </EuiText>
            </EuiFlexItem>
          )}
          {investigation === null && (
            <EuiFlexItem grow={false}>
              <MissingPrivilegeTooltip action="investigate" allowed={canInvestigate}>
                <EuiButton
                  size="s"
                  iconType="play"
                  onClick={state.start}
                  isLoading={isStarting}
                  isDisabled={!canInvestigate}
                  data-test-subj="simpleHttpInvestigationStartButton"
                >
                  {i18n.START}
                </EuiButton>
              </MissingPrivilegeTooltip>
            </EuiFlexItem>
          )}
          <EuiFlexItem grow={false} css={{ minWidth: 240 }}>
            <AssigneeField
              assignee={values.assignee}
              readOnly={!canInvestigate || !canEditDetails(investigation)}
              onCommit={state.setAssignee}
            />
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <SaveStatus
              saveState={saveState}
              lastSavedAt={investigation?.updated_at ?? null}
              onRetry={state.retrySave}
            />
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiPanel>
    </>
  );
};
