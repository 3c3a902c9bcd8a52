import { EuiPanel, EuiSkeletonText } from '@elastic/eui';

import type { DerivedFact } from '../../../common/api/evidence';
import { ApiErrorCallout } from '../../components/api_error_callout/api_error_callout';
import { Checklists } from '../../components/checklists/checklists';
import { useAlertChecklists } from '../../hooks/use_alert_checklists';
import * as i18n from './translations';

export interface ChecklistsAreaProps {
  alertId: string;
  facts: DerivedFact[];
}

/** Loads the checklists apart from the evidence, so a failure here keeps the evidence visible. */
export const ChecklistsArea = ({ alertId, facts }: ChecklistsAreaProps) => {
  const { data, error, loading, refetch } = useAlertChecklists(alertId);

  if (data) {
    return <Checklists checklists={data} facts={facts} />;
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
