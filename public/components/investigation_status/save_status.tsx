import {
  EuiButtonEmpty,
  EuiFlexGroup,
  EuiFlexItem,
  EuiIcon,
  EuiLoadingSpinner,
  EuiText,
} from '@elastic/eui';

import type { SaveState } from '../../lib/investigation_save_queue';
import { formatTimestamp } from '../../lib/format_timestamp';
import * as i18n from './translations';

export interface SaveStatusProps {
  saveState: SaveState;
  /** `updated_at` of the saved record, or null before the investigation starts. */
  lastSavedAt: string | null;
  /** Called by the Retry button after a failed save. Without it, no Retry button shows. */
  onRetry?: () => void;
  /** False for a second copy of the status, so screen readers announce each change once. */
  isLiveRegion?: boolean;
  'data-test-subj'?: string;
}

interface StatusLine {
  icon: JSX.Element | null;
  text: string;
  color: 'subdued' | 'success' | 'danger';
}

const describe = (saveState: SaveState, lastSavedAt: string | null): StatusLine => {
  switch (saveState.kind) {
    case 'pending':
      return { icon: <EuiIcon type="dot" />, text: i18n.UNSAVED, color: 'subdued' };
    case 'saving':
      return { icon: <EuiLoadingSpinner size="s" />, text: i18n.SAVING, color: 'subdued' };
    case 'saved':
      return {
        icon: <EuiIcon type="check" />,
        text: i18n.savedAt(formatTimestamp(saveState.savedAt)),
        color: 'success',
      };
    case 'failed':
      return {
        icon: <EuiIcon type="error" />,
        text: i18n.saveFailed(saveState.error.message),
        color: 'danger',
      };
    case 'conflict':
      return { icon: <EuiIcon type="error" />, text: i18n.SAVE_CONFLICT, color: 'danger' };
    case 'idle':
      return lastSavedAt === null
        ? { icon: null, text: i18n.NOTHING_SAVED, color: 'subdued' }
        : { icon: null, text: i18n.lastSaved(formatTimestamp(lastSavedAt)), color: 'subdued' };
  }
};

/** Renders whether the analyst's edits are saved, with a retry after a failed save. */
export const SaveStatus = ({
  saveState,
  lastSavedAt,
  onRetry,
  isLiveRegion = true,
  'data-test-subj': dataTestSubj = 'simpleHttpInvestigationSaveStatus',
}: SaveStatusProps) => {
  const { icon, text, color } = describe(saveState, lastSavedAt);

  return (
    <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false} wrap>
      <EuiFlexItem grow={false}>
        <EuiText
          size="s"
          color={color}
          role={isLiveRegion ? 'status' : undefined}
          data-save-state={saveState.kind}
          data-test-subj={dataTestSubj}
        >
          <span>
            {icon} {text}
          </span>
        </EuiText>
      </EuiFlexItem>
      {saveState.kind === 'failed' && onRetry && (
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty
            size="xs"
            iconType="refresh"
            onClick={onRetry}
            data-test-subj="simpleHttpInvestigationSaveRetryButton"
          >
            {i18n.RETRY}
          </EuiButtonEmpty>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
};
