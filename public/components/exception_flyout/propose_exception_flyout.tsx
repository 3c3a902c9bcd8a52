import { useState } from 'react';
import { EuiButton, EuiFlexItem } from '@elastic/eui';

import type { ExceptionFields, ExceptionRecord } from '../../../common/api/exceptions';
import { useExceptionDraft } from '../../hooks/use_exception_draft';
import { useExceptionMutation } from '../../hooks/use_exception_mutation';
import { usePluginServices } from '../../hooks/use_plugin_services';
import { ExceptionFlyoutLayout } from './exception_flyout_layout';
import { ServerErrorCallout } from './server_error_callout';
import * as i18n from './translations';

export interface ProposeExceptionFlyoutProps {
  alertId: string;
  /** The draft to start from, such as fields built from the alert's evidence. */
  initialFields: ExceptionFields;
  onClose: () => void;
  onProposed: (proposal: ExceptionRecord) => void;
}

/**
 * Lets an analyst edit and preview an exception drafted from an alert, and propose it to the
 * admins. A failed proposal keeps the draft in the form.
 */
export const ProposeExceptionFlyout = ({
  alertId,
  initialFields,
  onClose,
  onProposed,
}: ProposeExceptionFlyoutProps) => {
  const { api } = usePluginServices();
  const state = useExceptionDraft(initialFields);
  const { busy, run } = useExceptionMutation();
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = async () => {
    const fields = state.check?.fields;

    if (!fields) {
      state.revealErrors();
      return;
    }

    setServerError(null);
    const outcome = await run('propose', fields.name, () =>
      api.proposeException(alertId, fields)
    );

    if (outcome.kind === 'done') {
      onProposed(outcome.value);
    } else if (outcome.kind === 'invalid' || outcome.kind === 'conflict') {
      // A conflict here means a proposal from this alert already waits for an admin.
      setServerError(outcome.message);
    }
  };

  return (
    <ExceptionFlyoutLayout
      title={i18n.PROPOSE_TITLE}
      description={<p>{i18n.PROPOSE_DESCRIPTION}</p>}
      state={state}
      busy={busy}
      notice={serverError && <ServerErrorCallout message={serverError} />}
      onClose={onClose}
      actions={
        <EuiFlexItem grow={false}>
          <EuiButton
            fill
            iconType="eyeClosed"
            isLoading={busy}
            isDisabled={state.check === null}
            onClick={submit}
            data-test-subj="simpleHttpInvestigationProposeExceptionSubmit"
          >
            {i18n.SUBMIT_PROPOSAL}
          </EuiButton>
        </EuiFlexItem>
      }
      data-test-subj="simpleHttpInvestigationProposeExceptionFlyout"
    />
  );
};
