import { EuiButton, EuiCallOut, EuiSpacer, EuiText } from '@elastic/eui';

import type { ExceptionRecord } from '../../../common/api/exceptions';
import { formatTimestamp } from '../../lib/format_timestamp';
import * as i18n from './translations';

export interface ExceptionConflictCalloutProps {
  /** The stored exception from the 409 response, or null when it is gone or unknown. */
  current: ExceptionRecord | null;
  onReload: (current: ExceptionRecord) => void;
}

/** Explains a version conflict and offers to load the stored exception over the draft. */
export const ExceptionConflictCallout = ({ current, onReload }: ExceptionConflictCalloutProps) => (
  <>
    <EuiCallOut
      color="danger"
      iconType="users"
      role="alert"
      title={i18n.CONFLICT_TITLE}
      data-test-subj="simpleHttpInvestigationExceptionConflict"
    >
      <EuiText size="s">
        <p>
          {current
            ? i18n.conflictBody(current.updated_by, formatTimestamp(current.updated_at))
            : i18n.CONFLICT_GONE}
        </p>
      </EuiText>
      {current && (
        <>
          <EuiSpacer size="s" />
          <EuiButton
            size="s"
            color="danger"
            iconType="refresh"
            onClick={() => onReload(current)}
            data-test-subj="simpleHttpInvestigationExceptionConflictReload"
          >
            {i18n.RELOAD}
          </EuiButton>
        </>
      )}
    </EuiCallOut>
    <EuiSpacer size="m" />
  </>
);
