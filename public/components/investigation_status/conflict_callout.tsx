import { useState } from 'react';
import { EuiButton, EuiCallOut, EuiSpacer, EuiText } from '@elastic/eui';

import type { Investigation } from '../../../common/api/investigations';
import { formatTimestamp } from '../../lib/format_timestamp';
import { INVESTIGATION_STATUS_LABELS } from '../badges/translations';
import { ConfirmModal } from '../confirm_modal/confirm_modal';
import * as i18n from './translations';

export interface ConflictCalloutProps {
  /** The server's record, from the 409 response. */
  current: Investigation;
  hasUnsavedEdits: boolean;
  onReload: () => void;
}

/** Returns who last wrote the record: the reviewer when the last write was the review. */
const lastAuthor = (current: Investigation): string =>
  current.reviewed_by !== null && current.reviewed_at === current.updated_at
    ? current.reviewed_by
    : current.analyst;

/**
 * Renders a version conflict: someone else saved the investigation after this page loaded
 * it. Reload takes the server's record, after confirming when it drops unsaved edits.
 */
export const ConflictCallout = ({ current, hasUnsavedEdits, onReload }: ConflictCalloutProps) => {
  const [isConfirming, setIsConfirming] = useState(false);

  const reload = () => {
    if (hasUnsavedEdits) {
      setIsConfirming(true);
    } else {
      onReload();
    }
  };

  return (
    <EuiCallOut
      title={i18n.CONFLICT_TITLE}
      color="danger"
      iconType="users"
      role="alert"
      data-test-subj="simpleHttpInvestigationConflictCallout"
    >
      <EuiText size="s">
        <p>
          {i18n.conflictDetails({
            author: lastAuthor(current),
            time: formatTimestamp(current.updated_at),
            status: INVESTIGATION_STATUS_LABELS[current.status] ?? current.status,
          })}
        </p>
        <p>{hasUnsavedEdits ? i18n.CONFLICT_UNSAVED : i18n.CONFLICT_NO_EDITS}</p>
      </EuiText>
      <EuiSpacer size="s" />
      <EuiButton
        size="s"
        color="danger"
        iconType="refresh"
        onClick={reload}
        data-test-subj="simpleHttpInvestigationConflictReloadButton"
      >
        {i18n.CONFLICT_RELOAD}
      </EuiButton>
      {isConfirming && (
        <ConfirmModal
          title={i18n.DISCARD_TITLE}
          confirmButtonText={i18n.DISCARD_CONFIRM}
          buttonColor="danger"
          onCancel={() => setIsConfirming(false)}
          onConfirm={() => {
            setIsConfirming(false);
            onReload();
          }}
        >
          <EuiText size="s">
            <p>{i18n.DISCARD_BODY}</p>
          </EuiText>
        </ConfirmModal>
      )}
    </EuiCallOut>
  );
};
