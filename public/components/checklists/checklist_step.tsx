import { useContext, useState } from 'react';
import {
  EuiButtonEmpty,
  EuiCheckbox,
  EuiFlexGroup,
  EuiFlexItem,
  EuiSpacer,
  EuiTextArea,
  useEuiTheme,
  useGeneratedHtmlId,
} from '@elastic/eui';
import { css } from '@emotion/react';

import type { ChecklistItem } from '../../../common/api/checklists';
import type { DerivedFact } from '../../../common/api/evidence';
import type { ChecklistStepState } from '../../hooks/use_checklist_state';
import { FactBadge } from '../derived_facts/fact_badge';
import { EvidencePanelFocusContext } from '../evidence_panels/evidence_panel_focus_context';
import { PANEL_TITLES } from '../evidence_panels/translations';
import * as i18n from './translations';

export interface ChecklistStepProps {
  item: ChecklistItem;
  step: ChecklistStepState;
  /** The derived facts the step names, in the step's order. */
  facts: DerivedFact[];
  onCheckedChange: (itemId: string, checked: boolean) => void;
  onNoteChange: (itemId: string, note: string) => void;
}

/** Renders one checklist step with its checkbox, linked evidence panels and facts, and a note. */
export const ChecklistStep = ({
  item,
  step,
  facts,
  onCheckedChange,
  onNoteChange,
}: ChecklistStepProps) => {
  const { euiTheme } = useEuiTheme();
  const { focusPanel } = useContext(EvidencePanelFocusContext);
  const [isNoteOpen, setIsNoteOpen] = useState(step.note !== '');
  const checkboxId = useGeneratedHtmlId({ prefix: 'simpleHttpInvestigationStep' });
  const noteId = useGeneratedHtmlId({ prefix: 'simpleHttpInvestigationStepNote' });

  const labelCss = css`
    white-space: pre-wrap;
  `;
  // Line the links and the note up with the label, right of the checkbox.
  const detailsCss = css`
    padding-left: ${euiTheme.size.l};
  `;

  let noteButtonLabel = step.note ? i18n.EDIT_NOTE : i18n.ADD_NOTE;

  if (isNoteOpen) {
    noteButtonLabel = i18n.HIDE_NOTE;
  }

  return (
    <div data-test-subj={`simpleHttpInvestigationChecklistItem-${item.id}`}>
      <EuiCheckbox
        id={checkboxId}
        label={<span css={labelCss}>{item.text}</span>}
        checked={step.checked}
        onChange={(event) => onCheckedChange(item.id, event.target.checked)}
        data-test-subj={`simpleHttpInvestigationChecklistStep-${item.id}`}
      />
      <div css={detailsCss}>
        {facts.length > 0 && (
          <>
            <EuiSpacer size="xs" />
            <EuiFlexGroup gutterSize="xs" wrap responsive={false}>
              {facts.map((fact) => (
                <EuiFlexItem grow={false} key={fact.id} css={{ maxWidth: '100%' }}>
                  <FactBadge fact={fact} />
                </EuiFlexItem>
              ))}
            </EuiFlexGroup>
          </>
        )}
        <EuiFlexGroup gutterSize="xs" wrap responsive={false} alignItems="center">
          {item.panels.map((panelId) => (
            <EuiFlexItem grow={false} key={panelId}>
              <EuiButtonEmpty
                size="xs"
                iconType="link"
                onClick={() => focusPanel(panelId)}
                aria-label={i18n.goToPanel(PANEL_TITLES[panelId])}
                data-test-subj={`simpleHttpInvestigationStepPanelLink-${item.id}-${panelId}`}
              >
                {PANEL_TITLES[panelId]}
              </EuiButtonEmpty>
            </EuiFlexItem>
          ))}
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty
              size="xs"
              iconType="editorComment"
              color="text"
              onClick={() => setIsNoteOpen((open) => !open)}
              aria-expanded={isNoteOpen}
              aria-controls={noteId}
              data-test-subj={`simpleHttpInvestigationStepNoteButton-${item.id}`}
            >
              {noteButtonLabel}
            </EuiButtonEmpty>
          </EuiFlexItem>
        </EuiFlexGroup>
        {isNoteOpen && (
          <EuiTextArea
            id={noteId}
            value={step.note}
            onChange={(event) => onNoteChange(item.id, event.target.value)}
            placeholder={i18n.NOTE_PLACEHOLDER}
            aria-label={i18n.noteLabel(item.text)}
            rows={3}
            compressed
            fullWidth
            data-test-subj={`simpleHttpInvestigationStepNote-${item.id}`}
          />
        )}
      </div>
    </div>
  );
};
