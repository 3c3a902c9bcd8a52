import type { ReactNode } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiModal,
  EuiModalBody,
  EuiModalFooter,
  EuiModalHeader,
  EuiModalHeaderTitle,
  useGeneratedHtmlId,
  type EuiButtonColor,
} from '@elastic/eui';

import * as i18n from './translations';

export interface ConfirmModalProps {
  title: string;
  confirmButtonText: string;
  buttonColor?: EuiButtonColor;
  /** Disables the confirm button, for example while a required field is empty. */
  confirmDisabled?: boolean;
  isLoading?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * Asks to confirm an action, with the app's own test ids on the buttons (the confirm button of
 * `EuiConfirmModal` has a fixed one).
 */
export const ConfirmModal = ({
  title,
  confirmButtonText,
  buttonColor = 'primary',
  confirmDisabled = false,
  isLoading = false,
  onConfirm,
  onCancel,
  children,
}: ConfirmModalProps) => {
  const titleId = useGeneratedHtmlId({ prefix: 'simpleHttpInvestigationConfirmModalTitle' });

  return (
    <EuiModal
      onClose={onCancel}
      aria-labelledby={titleId}
      maxWidth={560}
      data-test-subj="simpleHttpInvestigationConfirmModal"
    >
      <EuiModalHeader>
        <EuiModalHeaderTitle id={titleId}>{title}</EuiModalHeaderTitle>
      </EuiModalHeader>
      <EuiModalBody>{children}</EuiModalBody>
      <EuiModalFooter>
        <EuiButtonEmpty
          onClick={onCancel}
          data-test-subj="simpleHttpInvestigationConfirmModalCancelButton"
        >
          {i18n.CANCEL}
        </EuiButtonEmpty>
        <EuiButton
          fill
          color={buttonColor}
          onClick={onConfirm}
          isDisabled={confirmDisabled}
          isLoading={isLoading}
          data-test-subj="simpleHttpInvestigationConfirmModalConfirmButton"
        >
          {confirmButtonText}
        </EuiButton>
      </EuiModalFooter>
    </EuiModal>
  );
};
