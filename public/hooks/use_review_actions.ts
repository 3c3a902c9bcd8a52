import { useCallback, useState } from 'react';

import type { Investigation } from '../../common/api/investigations';
import { readConflictCurrent, toError } from '../api_client';
import * as i18n from './translations';
import { usePluginServices } from './use_plugin_services';

export type ReviewDecision = 'approve' | 'return';

export interface ReviewActions {
  busy: boolean;
  /**
   * Approves or returns the investigation at its current version and passes the record the
   * server returns to `onUpdated`. Resolves to false when the action failed for a reason the
   * lead can fix in the dialog, and to true when it succeeded or the record changed meanwhile.
   */
  decide: (decision: ReviewDecision, comment: string) => Promise<boolean>;
}

/** Sends a lead's approval or return, and reports the outcome in a toast. */
export const useReviewActions = (
  investigation: Investigation,
  onUpdated: (investigation: Investigation) => void
): ReviewActions => {
  const { api, notifications } = usePluginServices();
  const [busy, setBusy] = useState(false);
  const { alert_id: alertId, version } = investigation;

  const decide = useCallback(
    async (decision: ReviewDecision, comment: string): Promise<boolean> => {
      setBusy(true);

      try {
        const result =
          decision === 'approve'
            ? await api.approveInvestigation(alertId, version, comment)
            : await api.returnInvestigation(alertId, version, comment);

        onUpdated(result);
        notifications.toasts.addSuccess({
          title: decision === 'approve' ? i18n.APPROVED_TITLE : i18n.RETURNED_TITLE,
          'data-test-subj': `simpleHttpInvestigationReviewToast-${decision}`,
        });

        return true;
      } catch (error) {
        const current = readConflictCurrent(error);

        if (current) {
          onUpdated(current);
          notifications.toasts.addDanger({
            title: i18n.REVIEW_FAILED_TITLE,
            text: i18n.REVIEW_CONFLICT_MESSAGE,
          });

          return true;
        }

        notifications.toasts.addError(toError(error), { title: i18n.REVIEW_FAILED_TITLE });

        return false;
      } finally {
        setBusy(false);
      }
    },
    [api, alertId, version, notifications, onUpdated]
  );

  return { busy, decide };
};
