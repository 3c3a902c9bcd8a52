import { useState } from 'react';
import { EuiText } from '@elastic/eui';

import type { ExceptionRecord } from '../../../common/api/exceptions';
import { useCapabilities } from '../../hooks/use_capabilities';
import { useExceptionDraft } from '../../hooks/use_exception_draft';
import { useExceptionWrites, type ExceptionWriteProblem } from '../../hooks/use_exception_writes';
import type { ExceptionDraftSource } from '../../lib/exception_draft';
import { ConfirmModal } from '../confirm_modal/confirm_modal';
import { DecisionModal, type ProposalDecision } from './decision_modal';
import { ExceptionListItemsCallout } from '../exception_list_items/exception_list_items_callout';
import { ExceptionConflictCallout } from './exception_conflict_callout';
import { ExceptionFlyoutActions } from './exception_flyout_actions';
import { ExceptionFlyoutLayout } from './exception_flyout_layout';
import { ProposalDescription } from './proposal_description';
import { ServerErrorCallout } from './server_error_callout';
import * as i18n from './translations';

export interface ExceptionFlyoutProps {
  /** The exception to edit or the proposal to review, or null to create one. */
  exception: ExceptionRecord | null;
  onClose: () => void;
  /** Called with the stored record after a create, update, accept or reject. */
  onSaved: (exception: ExceptionRecord) => void;
  onDeleted: (id: string) => void;
}

/** Names the flyout after what the user can do: a user without Manage exceptions only reads. */
const titleOf = (record: ExceptionRecord | null, canManage: boolean): string => {
  if (record === null) {
    return i18n.CREATE_TITLE;
  }
  if (record.state === 'proposed') {
    return canManage ? i18n.REVIEW_TITLE : i18n.VIEW_PROPOSAL_TITLE;
  }

  return canManage ? i18n.EDIT_TITLE : i18n.VIEW_TITLE;
};

/** Renders a failed write beside the draft: a conflict with reload, or the server's message. */
const ProblemNotice = ({
  problem,
  onReload,
}: {
  problem: ExceptionWriteProblem | null;
  onReload: (current: ExceptionRecord) => void;
}) => {
  if (problem?.kind === 'conflict') {
    return <ExceptionConflictCallout current={problem.current} onReload={onReload} />;
  }

  if (problem?.kind === 'invalid') {
    return <ServerErrorCallout message={problem.message} />;
  }

  return null;
};

const toDraftSource = (record: ExceptionRecord): ExceptionDraftSource => ({
  name: record.name,
  reason: record.reason,
  category: record.category,
  rule_ids: record.rule_ids,
  entries: record.entries,
  expire_time: record.expire_time,
});

/**
 * Creates or edits an exception, or reviews a proposal: the admin edits and previews it, then
 * accepts or rejects it. Failed writes keep the draft, and a conflict offers to reload. A role
 * without the Manage exceptions privilege sees the form and preview read-only.
 */
export const ExceptionFlyout = ({
  exception,
  onClose,
  onSaved,
  onDeleted,
}: ExceptionFlyoutProps) => {
  const { canManageExceptions } = useCapabilities();
  const [record, setRecord] = useState(exception);
  const state = useExceptionDraft(exception ? toDraftSource(exception) : {});
  const writes = useExceptionWrites(record, state, onSaved, onDeleted);
  const [dialog, setDialog] = useState<ProposalDecision | 'delete' | null>(null);
  const isReview = record?.state === 'proposed';

  /** Runs a write from a dialog and closes the dialog whatever the outcome. */
  const confirm = async (write: () => Promise<void>) => {
    await write();
    setDialog(null);
  };

  const reload = (current: ExceptionRecord) => {
    setRecord(current);
    state.reset(toDraftSource(current));
    writes.clearProblem();
  };

  return (
    <>
      <ExceptionFlyoutLayout
        title={titleOf(record, canManageExceptions)}
        description={record?.proposal ? <ProposalDescription record={record} /> : undefined}
        state={state}
        busy={writes.busy}
        readOnly={!canManageExceptions}
        notice={
          <>
            <ExceptionListItemsCallout items={record?.list_items ?? []} />
            <ProblemNotice problem={writes.problem} onReload={reload} />
          </>
        }
        actions={
          <ExceptionFlyoutActions
            isReview={isReview}
            canManage={canManageExceptions}
            canDelete={record !== null}
            busy={writes.busy}
            ready={state.check !== null}
            onSave={writes.save}
            onOpenDialog={setDialog}
          />
        }
        onClose={onClose}
        data-test-subj="simpleHttpInvestigationExceptionFlyout"
      />
      {(dialog === 'accept' || dialog === 'reject') && (
        <DecisionModal
          decision={dialog}
          busy={writes.busy}
          onConfirm={(comment) =>
            confirm(() => (dialog === 'accept' ? writes.accept(comment) : writes.reject(comment)))
          }
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog === 'delete' && record && (
        <ConfirmModal
          title={i18n.DELETE_TITLE}
          confirmButtonText={i18n.DELETE}
          buttonColor="danger"
          isLoading={writes.busy}
          onConfirm={() => confirm(writes.remove)}
          onCancel={() => setDialog(null)}
        >
          <EuiText size="s">
            <p>{i18n.deleteBody(record.name)}</p>
          </EuiText>
        </ConfirmModal>
      )}
    </>
  );
};
