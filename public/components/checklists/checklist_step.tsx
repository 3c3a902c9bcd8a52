import { useContext, useState } from 'react';
import {
  EuiButtonEmpty,
  EuiCheckbox,
  EuiFlexGroup,
  EuiFlexItem,
  EuiSpacer,
  useEuiTheme,
  useGeneratedHtmlId,
} from '@elastic/eui';
import { css } from '@emotion/react';

import type { ChecklistItem } from '../../../common/api/checklists';
import type { DerivedFact } from '../../../common/api/evidence';
import type { StepChange, StepValues } from '../../lib/investigation_edits';
import { FactBadge } from '../derived_facts/fact_badge';
import { EvidencePanelFocusContext } from '../evidence_panels/evidence_panel_focus_context';
import { PANEL_TITLES } from '../evidence_panels/translations';
import { StepTextEntry } from './step_text_entry';
import * as i18n from './translations';

export interface ChecklistStepProps {
  item: ChecklistItem;
  step: StepValues;
  /** The derived facts the step names, in the step's order. */
  facts: DerivedFact[];
  /** Response steps also record the action taken. */
  isResponseStep: boolean;
  readOnly: boolean;
  onChange: (itemId: string, change: StepChange) => void;
}

interface ToggleLabels {
  add: string;
  edit: string;
  hide: string;
}

const NOTE_LABELS: ToggleLabels = {
  add: i18n.ADD_NOTE,
  edit: i18n.EDIT_NOTE,
  hide: i18n.HIDE_NOTE,
};
const ACTION_LABELS: ToggleLabels = {
  add: i18n.ADD_ACTION,
  edit: i18n.EDIT_ACTION,
  hide: i18n.HIDE_ACTION,
};

/** Returns the label of the button that opens or hides a step's text area. */
const toggleLabel = (labels: ToggleLabels, isOpen: boolean, text: string): string => {
  if (isOpen) {
    return labels.hide;
  }

  return text === '' ? labels.add : labels.edit;
};

/**
 * Renders one checklist step with its checkbox, linked evidence panels and facts, a note and,
 * for response steps, the action taken.
 */
export const ChecklistStep = ({
  item,
  step,
  facts,
  isResponseStep,
  readOnly,
  onChange,
}: ChecklistStepProps) => {
  const { euiTheme } = useEuiTheme();
  const { focusPanel } = useContext(EvidencePanelFocusContext);
  const [isNoteOpen, setIsNoteOpen] = useState(step.note !== '');
  const [isActionOpen, setIsActionOpen] = useState(step.action_taken !== '');
  const checkboxId = useGeneratedHtmlId({ prefix: 'simpleHttpInvestigationStep' });
  const noteId = useGeneratedHtmlId({ prefix: 'simpleHttpInvestigationStepNote' });
  const actionId = useGeneratedHtmlId({ prefix: 'simpleHttpInvestigationStepAction' });

  const labelCss = css`
    white-space: pre-wrap;
  `;
  // Line the links and the texts up with the label, right of the checkbox.
  const detailsCss = css`
    padding-left: ${euiTheme.size.l};
  `;

  return (
    <div data-test-subj={`simpleHttpInvestigationChecklistItem-${item.id}`}>
      <EuiCheckbox
        id={checkboxId}
        label={<span css={labelCss}>{item.text}</span>}
        checked={step.checked}
        disabled={readOnly}
        onChange={(event) => onChange(item.id, { checked: event.target.checked })}
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
          {!readOnly && (
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
                {toggleLabel(NOTE_LABELS, isNoteOpen, step.note)}
              </EuiButtonEmpty>
            </EuiFlexItem>
          )}
          {!readOnly && isResponseStep && (
            <EuiFlexItem grow={false}>
              <EuiButtonEmpty
                size="xs"
                iconType="wrench"
                color="text"
                onClick={() => setIsActionOpen((open) => !open)}
                aria-expanded={isActionOpen}
                aria-controls={actionId}
                data-test-subj={`simpleHttpInvestigationStepActionButton-${item.id}`}
              >
                {toggleLabel(ACTION_LABELS, isActionOpen, step.action_taken)}
              </EuiButtonEmpty>
            </EuiFlexItem>
          )}
        </EuiFlexGroup>
        {(readOnly || isNoteOpen) && (
          <StepTextEntry
            id={noteId}
            label={i18n.NOTE_LABEL}
            ariaLabel={i18n.noteLabel(item.text)}
            placeholder={i18n.NOTE_PLACEHOLDER}
            value={step.note}
            readOnly={readOnly}
            onChange={(note) => onChange(item.id, { note })}
            data-test-subj={`simpleHttpInvestigationStepNote-${item.id}`}
          />
        )}
        {isResponseStep && (readOnly || isActionOpen) && (
          <StepTextEntry
            id={actionId}
            label={i18n.ACTION_LABEL}
            ariaLabel={i18n.actionLabel(item.text)}
            placeholder={i18n.ACTION_PLACEHOLDER}
            value={step.action_taken}
            readOnly={readOnly}
            onChange={(actionTaken) => onChange(item.id, { action_taken: actionTaken })}
            data-test-subj={`simpleHttpInvestigationStepAction-${item.id}`}
          />
        )}
      </div>
    </div>
  );
};
