import { useCallback, useState } from 'react';

import type { ExceptionRecord } from '../../common/api/exceptions';
import { getApiErrorDetails } from '../api_client';
import * as i18n from './exception_translations';
import { usePluginServices } from './use_plugin_services';

export type ExceptionAction = 'create' | 'update' | 'delete' | 'propose' | 'accept' | 'reject';

/** Outcome of a write, which the flyout shows without losing the draft. */
export type ExceptionMutationOutcome<T> =
  | { kind: 'done'; value: T }
  /** HTTP 409 with the stored record, or HTTP 404 (deleted meanwhile) with null. */
  | { kind: 'conflict'; current: ExceptionRecord | null; message: string }
  /** HTTP 400: the server's message names the invalid fields. */
  | { kind: 'invalid'; message: string }
  | { kind: 'failed' };

const SUCCESS_TITLES: Record<ExceptionAction, string> = {
  create: i18n.CREATED_TITLE,
  update: i18n.UPDATED_TITLE,
  delete: i18n.DELETED_TITLE,
  propose: i18n.PROPOSED_TITLE,
  accept: i18n.ACCEPTED_TITLE,
  reject: i18n.REJECTED_TITLE,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Returns the stored exception from a 409 response's `attributes.current`, or null. */
const readConflictRecord = (error: unknown): ExceptionRecord | null => {
  if (!isRecord(error) || !isRecord(error.body) || !isRecord(error.body.attributes)) {
    return null;
  }

  const current = error.body.attributes.current;

  // Checks the fields the flyout reads, so a malformed body counts as no record.
  if (
    !isRecord(current) ||
    typeof current.version !== 'string' ||
    typeof current.updated_by !== 'string' ||
    !Array.isArray(current.entries)
  ) {
    return null;
  }

  return current as unknown as ExceptionRecord;
};

export interface ExceptionMutation {
  busy: boolean;
  /** Sends `request`; `name` is the exception's name, which a failure toast shows. */
  run: <T>(
    action: ExceptionAction,
    name: string,
    request: () => Promise<T>
  ) => Promise<ExceptionMutationOutcome<T>>;
}

/**
 * Sends exception writes. Success and unexpected failures end in a toast. Conflicts and
 * invalid fields come back to the caller, which shows them beside the draft.
 */
export const useExceptionMutation = (): ExceptionMutation => {
  const { notifications } = usePluginServices();
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async <T>(action: ExceptionAction, name: string, request: () => Promise<T>) => {
      setBusy(true);

      try {
        const value = await request();

        notifications.toasts.addSuccess({
          title: SUCCESS_TITLES[action],
          text: action === 'propose' ? i18n.PROPOSED_MESSAGE : undefined,
          'data-test-subj': `simpleHttpInvestigationExceptionToast-${action}`,
        });

        return { kind: 'done', value } as const;
      } catch (error) {
        const { statusCode, message } = getApiErrorDetails(error);

        if (statusCode === 409 || statusCode === 404) {
          return { kind: 'conflict', current: readConflictRecord(error), message } as const;
        }

        if (statusCode === 400) {
          return { kind: 'invalid', message } as const;
        }

        // A plain `Error` with the server's message, because the standalone page's console
        // prints an error with its class name, which minification shortens to letters.
        notifications.toasts.addError(new Error(message), {
          title: i18n.WRITE_FAILED_TITLES[action](name),
        });

        return { kind: 'failed' } as const;
      } finally {
        setBusy(false);
      }
    },
    [notifications]
  );

  return { busy, run };
};
