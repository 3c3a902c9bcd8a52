import { useCallback, useEffect, useRef, useState } from 'react';

import type { EvidencePanelId } from '../../common/api/checklists';
import type {
  EvidencePanelFocus,
} from '../components/evidence_panels/evidence_panel_focus_context';
import { evidencePanelAnchorId } from '../lib/evidence_panel_anchor_id';

const HIGHLIGHT_DURATION_MS = 3000;

/** State behind the checklist links that scroll to and highlight an evidence panel. */
export const useEvidencePanelFocus = (): EvidencePanelFocus => {
  const [highlightedPanel, setHighlightedPanel] = useState<EvidencePanelId | null>(null);
  const timeoutRef = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timeoutRef.current), []);

  const focusPanel = useCallback((panelId: EvidencePanelId) => {
    const element = document.getElementById(evidencePanelAnchorId(panelId));

    if (element) {
      // jsdom has no scrollIntoView, hence the optional call.
      element.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
      element.focus({ preventScroll: true });
    }

    setHighlightedPanel(panelId);
    window.clearTimeout(timeoutRef.current);
    timeoutRef.current = window.setTimeout(() => setHighlightedPanel(null), HIGHLIGHT_DURATION_MS);
  }, []);

  return { highlightedPanel, focusPanel };
};
