import { Fragment } from 'react';
import {
  EuiFlexGroup,
  EuiFlexItem,
  EuiHorizontalRule,
  EuiPanel,
  EuiProgress,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';

import type { ChecklistSection as ChecklistSectionData } from '../../../common/api/checklists';
import type { DerivedFact } from '../../../common/api/evidence';
import type { ChecklistStateApi } from '../../hooks/use_checklist_state';
import { ChecklistStep } from './checklist_step';
import * as i18n from './translations';

const UNCHECKED_STEP = { checked: false, note: '' };

export interface ChecklistSectionProps extends ChecklistStateApi {
  section: ChecklistSectionData;
  factsById: ReadonlyMap<string, DerivedFact>;
}

/** Renders one checklist (investigation, false positive or response) and its progress. */
export const ChecklistSection = ({
  section,
  factsById,
  state,
  setChecked,
  setNote,
}: ChecklistSectionProps) => {
  const total = section.items.length;
  const checked = section.items.filter((item) => state[item.id]?.checked).length;

  return (
    <EuiPanel hasBorder data-test-subj={`simpleHttpInvestigationChecklist-${section.id}`}>
      <EuiFlexGroup
        gutterSize="s"
        alignItems="baseline"
        justifyContent="spaceBetween"
        responsive={false}
      >
        <EuiFlexItem grow={false}>
          <EuiTitle size="xs">
            <h3>{section.title}</h3>
          </EuiTitle>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiText
            size="s"
            color="subdued"
            data-test-subj={`simpleHttpInvestigationChecklistProgress-${section.id}`}
          >
            {i18n.progress(checked, total)}
          </EuiText>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="xs" />
      <EuiProgress
        value={checked}
        max={Math.max(total, 1)}
        size="s"
        color="success"
        aria-label={i18n.progressLabel(section.title)}
      />
      <EuiSpacer size="m" />
      {total === 0 && (
        <EuiText size="s" color="subdued">
          <p>{i18n.NO_STEPS}</p>
        </EuiText>
      )}
      {section.items.map((item, index) => (
        <Fragment key={item.id}>
          {index > 0 && <EuiHorizontalRule margin="s" />}
          <ChecklistStep
            item={item}
            step={state[item.id] ?? UNCHECKED_STEP}
            facts={item.facts.flatMap((factId) => factsById.get(factId) ?? [])}
            onCheckedChange={setChecked}
            onNoteChange={setNote}
          />
        </Fragment>
      ))}
    </EuiPanel>
  );
};
