import { useMemo } from 'react';
import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiText, EuiTitle } from '@elastic/eui';

import type { ChecklistsResponse } from '../../../common/api/checklists';
import type { DerivedFact } from '../../../common/api/evidence';
import { useChecklistState } from '../../hooks/use_checklist_state';
import { useCopyToClipboard } from '../../hooks/use_copy_to_clipboard';
import { ChecklistSection } from './checklist_section';
import { formatChecklistSummary } from './format_checklist_summary';
import * as i18n from './translations';

export interface ChecklistsProps {
  checklists: ChecklistsResponse;
  facts: DerivedFact[];
}

/**
 * Renders the investigation guide's checklists for one alert, with progress kept in this
 * browser.
 */
export const Checklists = ({ checklists, facts }: ChecklistsProps) => {
  const checklistState = useChecklistState(checklists.alert_id, checklists.guide_hash);
  const copyToClipboard = useCopyToClipboard();
  const factsById = useMemo(() => new Map(facts.map((fact) => [fact.id, fact])), [facts]);

  const copySummary = () =>
    copyToClipboard(formatChecklistSummary(checklists, checklistState.state));

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
          <p>
            {i18n.guideSource(checklists.rule_name, checklists.rule_version)} {i18n.STORAGE_NOTE}
          </p>
        </EuiText>
      </EuiFlexItem>
      {checklists.sections.map((section) => (
        <EuiFlexItem grow={false} key={section.id}>
          <ChecklistSection section={section} factsById={factsById} {...checklistState} />
        </EuiFlexItem>
      ))}
    </EuiFlexGroup>
  );
};
