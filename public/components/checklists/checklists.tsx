import { useMemo } from 'react';
import {
  EuiButtonEmpty,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiText,
  EuiTitle,
} from '@elastic/eui';

import type { ChecklistsResponse } from '../../../common/api/checklists';
import type { DerivedFact } from '../../../common/api/evidence';
import { useCopyToClipboard } from '../../hooks/use_copy_to_clipboard';
import type { StepChange, StepValuesById } from '../../lib/investigation_edits';
import type { StepEditScope } from '../../lib/investigation_rules';
import { ChecklistSection } from './checklist_section';
import { formatChecklistSummary } from './format_checklist_summary';
import * as i18n from './translations';

export interface ChecklistsProps {
  checklists: ChecklistsResponse;
  facts: DerivedFact[];
  steps: StepValuesById;
  editScope: StepEditScope;
  /** Guide hash the investigation started from, or null before it starts. */
  investigationGuideHash: string | null;
  onStepChange: (itemId: string, change: StepChange) => void;
}

/** Renders the investigation guide's checklists for one alert with the investigation's steps. */
export const Checklists = ({
  checklists,
  facts,
  steps,
  editScope,
  investigationGuideHash,
  onStepChange,
}: ChecklistsProps) => {
  const copyToClipboard = useCopyToClipboard();
  const factsById = useMemo(() => new Map(facts.map((fact) => [fact.id, fact])), [facts]);
  const guideChanged =
    investigationGuideHash !== null && investigationGuideHash !== checklists.guide_hash;

  const copySummary = () => copyToClipboard(formatChecklistSummary(checklists, steps));

  return (
    <EuiFlexGroup
      direction="column"
      gutterSize="m"
      data-test-subj="simpleHttpInvestigationChecklists"
    >
      <EuiFlexItem grow={false}>
        <EuiFlexGroup
          gutterSize="s"
          alignItems="center"
          justifyContent="spaceBetween"
          responsive={false}
        >
          <EuiFlexItem grow={false}>
            <EuiTitle size="s">
              <h2>{i18n.TITLE}</h2>
            </EuiTitle>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty
              size="s"
              iconType="copy"
              onClick={copySummary}
              data-test-subj="simpleHttpInvestigationCopyChecklists"
            >
              {i18n.COPY_SUMMARY}
            </EuiButtonEmpty>
          </EuiFlexItem>
        </EuiFlexGroup>
        <EuiText size="xs" color="subdued">
          <p>{i18n.guideSource(checklists.rule_name, checklists.rule_version)}</p>
        </EuiText>
      </EuiFlexItem>
      {guideChanged && (
        <EuiFlexItem grow={false}>
          <EuiCallOut
            size="s"
            color="warning"
            iconType="warning"
            title={i18n.GUIDE_CHANGED}
            data-test-subj="simpleHttpInvestigationGuideChanged"
          />
        </EuiFlexItem>
      )}
      {editScope === 'response' && (
        <EuiFlexItem grow={false}>
          <EuiCallOut
            size="s"
            iconType="info"
            title={i18n.RESPONSE_ONLY}
            data-test-subj="simpleHttpInvestigationResponseOnly"
          />
        </EuiFlexItem>
      )}
      {checklists.sections.map((section) => (
        <EuiFlexItem grow={false} key={section.id}>
          <ChecklistSection
            section={section}
            factsById={factsById}
            steps={steps}
            readOnly={
              editScope === 'none' || (editScope === 'response' && section.id !== 'response')
            }
            onStepChange={onStepChange}
          />
        </EuiFlexItem>
      ))}
    </EuiFlexGroup>
  );
};
