import { createContext } from 'react';

import type { EvidencePanelId } from '../../../common/api/checklists';

export interface EvidencePanelFocus {
  /** The panel a checklist link pointed to last, highlighted for a few seconds. */
  highlightedPanel: EvidencePanelId | null;
  /** Scrolls to the panel, moves keyboard focus to it and highlights it. */
  focusPanel: (panelId: EvidencePanelId) => void;
}

export const EvidencePanelFocusContext = createContext<EvidencePanelFocus>({
  highlightedPanel: null,
  focusPanel: () => undefined,
});
