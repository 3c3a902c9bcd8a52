import { useContext, type ReactNode } from 'react';
import {
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiNotificationBadge,
  EuiPanel,
  EuiSpacer,
  EuiText,
  EuiTitle,
  useEuiTheme,
} from '@elastic/eui';
import { css } from '@emotion/react';

import type { EvidencePanelId } from '../../../common/api/checklists';
import { evidencePanelAnchorId } from '../../lib/evidence_panel_anchor_id';
import { EvidencePanelFocusContext } from './evidence_panel_focus_context';
import * as i18n from './translations';

export interface EvidencePanelProps {
  panelId: EvidencePanelId;
  /** Number of entries, shown next to the title when set. */
  count?: number;
  isEmpty: boolean;
  /** Shown above the entries when the list is incomplete. */
  truncationNote?: string;
  /** A line under the title, such as the order of the entries. */
  description?: string;
  children: ReactNode;
}

/**
 * Renders one evidence panel of the investigation page. The panel is the anchor of checklist
 * links, shows a highlight when a link points to it, an empty state, and a note when the list
 * is incomplete.
 */
export const EvidencePanel = ({
  panelId,
  count,
  isEmpty,
  truncationNote,
  description,
  children,
}: EvidencePanelProps) => {
  const { euiTheme } = useEuiTheme();
  const { highlightedPanel } = useContext(EvidencePanelFocusContext);
  const isHighlighted = highlightedPanel === panelId;

  const highlightShadow = `0 0 0 ${euiTheme.border.width.thick} ${euiTheme.colors.primary}`;
  const panelCss = css`
    scroll-margin-top: ${euiTheme.size.xxl};
    transition: box-shadow ${euiTheme.animation.normal} ease-in-out;
    box-shadow: ${isHighlighted ? highlightShadow : 'none'};
  `;

  return (
    <EuiPanel
      id={evidencePanelAnchorId(panelId)}
      hasBorder
      tabIndex={-1}
      css={panelCss}
      data-highlighted={isHighlighted}
      data-test-subj={`simpleHttpInvestigationEvidencePanel-${panelId}`}
    >
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiTitle size="xs">
            <h3>{i18n.PANEL_TITLES[panelId]}</h3>
          </EuiTitle>
        </EuiFlexItem>
        {count !== undefined && count > 0 && (
          <EuiFlexItem grow={false}>
            <EuiNotificationBadge color="subdued" aria-label={i18n.itemCount(count)}>
              {count}
            </EuiNotificationBadge>
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
      {description && (
        <EuiText size="xs" color="subdued">
          <p>{description}</p>
        </EuiText>
      )}
      <EuiSpacer size="s" />
      {truncationNote && (
        <>
          <EuiCallOut
            size="s"
            color="warning"
            iconType="warning"
            title={i18n.TRUNCATED_TITLE}
            data-test-subj={`simpleHttpInvestigationTruncated-${panelId}`}
          >
            <p>{truncationNote}</p>
          </EuiCallOut>
          <EuiSpacer size="s" />
        </>
      )}
      {isEmpty ? (
        <EuiText
          size="s"
          color="subdued"
          data-test-subj={`simpleHttpInvestigationPanelEmpty-${panelId}`}
        >
          <p>{i18n.PANEL_EMPTY_MESSAGES[panelId]}</p>
        </EuiText>
      ) : (
        children
      )}
    </EuiPanel>
  );
};
