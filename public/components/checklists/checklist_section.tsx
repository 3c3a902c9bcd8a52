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
import {
  EMPTY_STEP_VALUES,
  type StepChange,
  type StepValuesById,
} from '../../lib/investigation_edits';
import { ChecklistStep } from './checklist_step';
import * as i18n from './translations';

export interface ChecklistSectionProps {
  section: ChecklistSectionData;
  factsById: ReadonlyMap<string, DerivedFact>;
  steps: StepValuesById;
  readOnly: boolean;
  onStepChange: (itemId: string, change: StepChange) => void;
}

/** Renders one checklist (investigation, false positive or response) and its progress. */
export const ChecklistSection = ({
  section,
  factsById,
  steps,
  readOnly,
  onStepChange,
}: ChecklistSectionProps) => {
  const total = section.items.length;
  const checked = section.items.filter((item) => steps[item.id]?.checked).length;

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
            step={steps[item.id] ?? EMPTY_STEP_VALUES}
            facts={item.facts.flatMap((factId) => factsById.get(factId) ?? [])}
            isResponseStep={section.id === 'response'}
            readOnly={readOnly}
            onChange={onStepChange}
          />
        </Fragment>
      ))}
    </EuiPanel>
  );
};
