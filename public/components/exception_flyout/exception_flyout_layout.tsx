import { useState, type ReactNode } from 'react';
import {
  EuiButtonEmpty,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiForm,
  EuiSpacer,
  EuiText,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';

import type { ExceptionDraftState } from '../../hooks/use_exception_draft';
import { ExceptionPreview } from '../exception_preview/exception_preview';
import { DiscardChangesModal } from './discard_changes_modal';
import { ExceptionForm } from './exception_form';
import * as i18n from './translations';

export interface ExceptionFlyoutLayoutProps {
  title: string;
  description?: ReactNode;
  state: ExceptionDraftState;
  busy: boolean;
  /** True to show the form disabled, for a user who may not change exceptions. */
  readOnly?: boolean;
  /** Callouts above the form, such as a conflict or the server's validation message. */
  notice?: ReactNode;
  /** The buttons at the right of the footer. */
  actions: ReactNode;
  /** Called on Escape, the close button or Cancel; after a confirmation when the draft changed. */
  onClose: () => void;
  'data-test-subj': string;
}

/**
 * Renders the exception form and its preview in a flyout, shared by every flyout mode. Closing
 * a changed draft first requests confirmation to discard the edits.
 */
export const ExceptionFlyoutLayout = ({
  title,
  description,
  state,
  busy,
  readOnly = false,
  notice,
  actions,
  onClose,
  'data-test-subj': dataTestSubj,
}: ExceptionFlyoutLayoutProps) => {
  const titleId = useGeneratedHtmlId({ prefix: 'simpleHttpInvestigationExceptionFlyoutTitle' });
  const { draft, check, visibleErrors, validatorError } = state;
  const [isConfirmingDiscard, setIsConfirmingDiscard] = useState(false);

  const requestClose = () => {
    if (state.isDirty) {
      setIsConfirmingDiscard(true);
    } else {
      onClose();
    }
  };

  return (
    <EuiFlyout
      onClose={requestClose}
      size="l"
      ownFocus
      aria-labelledby={titleId}
      data-test-subj={dataTestSubj}
    >
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id={titleId}>{title}</h2>
        </EuiTitle>
        {description && (
          <>
            <EuiSpacer size="s" />
            <EuiText size="s" color="subdued">
              {description}
            </EuiText>
          </>
        )}
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {validatorError && (
          <>
            <EuiCallOut
              color="danger"
              iconType="error"
              title={i18n.VALIDATOR_FAILED}
              data-test-subj="simpleHttpInvestigationExceptionValidatorError"
            />
            <EuiSpacer size="m" />
          </>
        )}
        {notice}
        <EuiForm component="div">
          <ExceptionForm
            draft={draft}
            errors={visibleErrors}
            disabled={busy || readOnly}
            onChange={state.update}
            onTouch={state.touch}
          />
        </EuiForm>
        <EuiSpacer size="l" />
        <ExceptionPreview draft={check?.preview ?? null} onInvalid={state.revealErrors} />
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween" gutterSize="s" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty
              iconType="cross"
              onClick={requestClose}
              data-test-subj="simpleHttpInvestigationExceptionFlyoutCancel"
            >
              {i18n.CANCEL}
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiFlexGroup gutterSize="s" responsive={false}>
              {actions}
            </EuiFlexGroup>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlyoutFooter>
      {isConfirmingDiscard && (
        <DiscardChangesModal
          onDiscard={onClose}
          onCancel={() => setIsConfirmingDiscard(false)}
        />
      )}
    </EuiFlyout>
  );
};
