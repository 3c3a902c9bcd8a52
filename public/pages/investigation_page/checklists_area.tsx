import { EuiPanel, EuiSkeletonText } from '@elastic/eui';

import type { ChecklistsResponse } from '../../../common/api/checklists';
import type { Investigation } from '../../../common/api/investigations';
import type { DerivedFact } from '../../../common/api/evidence';
import { ApiErrorCallout } from '../../components/api_error_callout/api_error_callout';
import { Checklists } from '../../components/checklists/checklists';
import type { ApiRequestState } from '../../hooks/use_api_request';
import {
  stepValuesOf,
  type StepChange,
  type StepValuesById,
} from '../../lib/investigation_edits';
import { getStepEditScope } from '../../lib/investigation_rules';
import * as i18n from './translations';

export interface ChecklistsAreaProps {
  /** The request for the alert's checklists, which the page sends once for both of its tabs. */
  checklistsRequest: ApiRequestState<ChecklistsResponse>;
  facts: DerivedFact[];
  /** The saved record, or null before the investigation starts. */
  investigation: Investigation | null;
  /** The steps as shown: saved values with unsaved edits on top. */
  steps: StepValuesById;
  /** True to show every step read-only, whatever the status allows. */
  readOnly: boolean;
  onStepChange: (itemId: string, change: StepChange) => void;
}

/**
 * Renders the checklists, which load apart from the evidence, so a failure here keeps the
 * evidence visible.
 */
export const ChecklistsArea = ({
  checklistsRequest,
  facts,
  investigation,
  steps,
  readOnly,
  onStepChange,
}: ChecklistsAreaProps) => {
  const { data, error, loading, refetch } = checklistsRequest;

  if (data) {
    const editScope = readOnly
      ? 'none'
      : getStepEditScope(investigation, data, stepValuesOf(investigation));

    return (
      <Checklists
        checklists={data}
        facts={facts}
        steps={steps}
        editScope={editScope}
        investigationGuideHash={investigation?.guide_hash ?? null}
        onStepChange={onStepChange}
      />
    );
  }

  if (error) {
    return (
      <ApiErrorCallout
        title={i18n.CHECKLISTS_ERROR_TITLE}
        error={error}
        onRetry={refetch}
        data-test-subj="simpleHttpInvestigationChecklistsError"
      />
    );
  }

  return (
    <EuiPanel hasBorder>
      <EuiSkeletonText
        lines={6}
        isLoading={loading}
        data-test-subj="simpleHttpInvestigationChecklistsLoading"
      />
    </EuiPanel>
  );
};
