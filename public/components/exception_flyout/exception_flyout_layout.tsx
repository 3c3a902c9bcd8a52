import type { ReactNode } from 'react';
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
  onClose: () => void;
  'data-test-subj': string;
}

/** Renders the exception form and its preview in a flyout, shared by every flyout mode. */
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

  return (
    <EuiFlyout
      onClose={onClose}
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
              onClick={onClose}
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
    </EuiFlyout>
  );
};
