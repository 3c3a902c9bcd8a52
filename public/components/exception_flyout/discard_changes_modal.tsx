import { EuiText } from '@elastic/eui';

import { ConfirmModal } from '../confirm_modal/confirm_modal';
import * as i18n from './translations';

export interface DiscardChangesModalProps {
  onDiscard: () => void;
  onCancel: () => void;
}

/** Asks before a flyout closes and loses the edits that were not saved. */
export const DiscardChangesModal = ({ onDiscard, onCancel }: DiscardChangesModalProps) => (
  <ConfirmModal
    title={i18n.DISCARD_TITLE}
    confirmButtonText={i18n.DISCARD}
    buttonColor="danger"
    onConfirm={onDiscard}
    onCancel={onCancel}
  >
    <EuiText size="s">
      <p>{i18n.DISCARD_BODY}</p>
    </EuiText>
  </ConfirmModal>
);
