import { useCallback, useState } from 'react';

import type { ExceptionFields, ExceptionRecord } from '../../common/api/exceptions';
import type { ExceptionDraftState } from './use_exception_draft';
import {
  useExceptionMutation,
  type ExceptionAction,
  type ExceptionMutationOutcome,
} from './use_exception_mutation';
import { usePluginServices } from './use_plugin_services';

/** A failed write that the flyout shows beside the draft: a conflict or invalid fields. */
export type ExceptionWriteProblem =
  | { kind: 'conflict'; current: ExceptionRecord | null }
  | { kind: 'invalid'; message: string };

export interface ExceptionWrites {
  busy: boolean;
  problem: ExceptionWriteProblem | null;
  clearProblem: () => void;
  /** Creates the exception when `record` is null, or updates it at the version read. */
  save: () => Promise<void>;
  accept: (comment: string) => Promise<void>;
  reject: (comment: string) => Promise<void>;
  remove: () => Promise<void>;
}

/**
 * Sends the flyout's writes for `record`. Writes that need fields first check the draft and
 * reveal its problems instead of sending it. Every write keeps the draft when it fails.
 */
export const useExceptionWrites = (
  record: ExceptionRecord | null,
  state: ExceptionDraftState,
  onSaved: (exception: ExceptionRecord) => void,
  onDeleted: (id: string) => void
): ExceptionWrites => {
  const { api } = usePluginServices();
  const { busy, run } = useExceptionMutation();
  const [problem, setProblem] = useState<ExceptionWriteProblem | null>(null);
  const { check, revealErrors } = state;

  const send = useCallback(
    async <T>(
      action: ExceptionAction,
      name: string,
      request: () => Promise<T>,
      onDone: (value: T) => void
    ) => {
      setProblem(null);
      const outcome: ExceptionMutationOutcome<T> = await run(action, name, request);

      if (outcome.kind === 'done') {
        onDone(outcome.value);
      } else if (outcome.kind === 'conflict') {
        setProblem({ kind: 'conflict', current: outcome.current });
      } else if (outcome.kind === 'invalid') {
        setProblem({ kind: 'invalid', message: outcome.message });
      }
    },
    [run]
  );

  const sendFields = useCallback(
    async (
      action: ExceptionAction,
      request: (fields: ExceptionFields) => Promise<ExceptionRecord>
    ) => {
      const fields = check?.fields;

      if (!fields) {
        revealErrors();
        return;
      }

      await send(action, fields.name, () => request(fields), onSaved);
    },
    [check, revealErrors, send, onSaved]
  );

  const save = useCallback(
    () =>
      record
        ? sendFields('update', (fields) =>
            api.updateException(record.id, { ...fields, version: record.version })
          )
        : sendFields('create', (fields) => api.createException(fields)),
    [api, record, sendFields]
  );

  const accept = useCallback(
    async (comment: string) => {
      if (record) {
        await sendFields('accept', (fields) =>
          api.acceptException(record.id, {
            ...fields,
            version: record.version,
            ...(comment ? { comment } : {}),
          })
        );
      }
    },
    [api, record, sendFields]
  );

  const reject = useCallback(
    async (comment: string) => {
      if (record) {
        await send(
          'reject',
          record.name,
          () => api.rejectException(record.id, record.version, comment),
          onSaved
        );
      }
    },
    [api, record, send, onSaved]
  );

  const remove = useCallback(async () => {
    if (record) {
      await send(
        'delete',
        record.name,
        () => api.deleteException(record.id, record.version),
        () => onDeleted(record.id)
      );
    }
  }, [api, record, send, onDeleted]);

  const clearProblem = useCallback(() => setProblem(null), []);

  return { busy, problem, clearProblem, save, accept, reject, remove };
};
