import {
  EuiButton,
  EuiFlexGroup,
  EuiFlexItem,
  EuiPanel,
  useEuiMinBreakpoint,
} from '@elastic/eui';
import { css } from '@emotion/react';

import {
  InvestigationStatusBadge,
} from '../../components/badges/investigation_status_badge';
import { SaveStatus } from '../../components/investigation_status/save_status';
import type { InvestigationState } from '../../hooks/use_investigation';
import * as i18n from './translations';

export interface VerdictShortcutBarProps {
  state: InvestigationState;
  /** True when the verdict form can be edited and submitted, false when it shows a summary. */
  canSubmit: boolean;
  onGoToVerdict: () => void;
}

/**
 * On wide screens the checklists column scrolls on its own, and the bar stays at its top.
 * On narrow screens the column is part of the page and the bar scrolls with it.
 */
const useStickyBarCss = () => {
  const wideScreen = useEuiMinBreakpoint('l');

  return css`
    ${wideScreen} {
      position: sticky;
      top: 0;
      /* Above the positioned checklist panels that scroll under it, below EUI's header level. */
      z-index: 1;
    }
  `;
};

/**
 * Renders the investigation status, the save status and a button to the verdict form at the
 * top of the checklists column, so the analyst finds Submit without scrolling the column.
 */
export const VerdictShortcutBar = ({ state, canSubmit, onGoToVerdict }: VerdictShortcutBarProps) => {
  const stickyBarCss = useStickyBarCss();

  return (
    <EuiPanel
      hasBorder
      paddingSize="s"
      css={stickyBarCss}
      data-test-subj="simpleHttpInvestigationVerdictShortcutBar"
    >
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
        <EuiFlexItem grow={false}>
          <InvestigationStatusBadge
            status={state.investigation?.status ?? null}
            data-test-subj="simpleHttpInvestigationVerdictShortcutStatus"
          />
        </EuiFlexItem>
        <EuiFlexItem>
          <SaveStatus
            saveState={state.saveState}
            lastSavedAt={state.investigation?.updated_at ?? null}
            isLiveRegion={false}
            data-test-subj="simpleHttpInvestigationVerdictShortcutSaveStatus"
          />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton
            size="s"
            iconType="sortDown"
            onClick={onGoToVerdict}
            data-test-subj="simpleHttpInvestigationGoToVerdictButton"
          >
            {canSubmit ? i18n.GO_TO_VERDICT : i18n.GO_TO_VERDICT_READ_ONLY}
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiPanel>
  );
};
