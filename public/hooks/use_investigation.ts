import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';

import type { Investigation } from '../../common/api/investigations';
import {
  getApiErrorDetails,
  readConflictCurrent,
  toError,
  type ApiClient,
  type ApiErrorDetails,
} from '../api_client';
import {
  applyEdits,
  isEmptyEdits,
  type InvestigationValues,
  type StepChange,
  type VerdictFields,
} from '../lib/investigation_edits';
import {
  InvestigationSaveQueue,
  UnsavedEditsError,
  type SaveQueueSnapshot,
  type SaveState,
} from '../lib/investigation_save_queue';
import * as i18n from './translations';
import { useApiRequest } from './use_api_request';
import { useUnloadWarning } from './use_unload_warning';
import { usePluginServices } from './use_plugin_services';

/** How long edits wait for further edits before they are saved, in milliseconds. */
export const SAVE_DELAY_MS = 800;

export interface InvestigationState {
  loading: boolean;
  /** Error of the first load; later save errors are in `saveState`. */
  loadError: ApiErrorDetails | null;
  reload: () => void;
  /** The saved record, or null before the investigation starts. */
  investigation: Investigation | null;
  /** The saved values with the unsaved edits on top, which the form fields show. */
  values: InvestigationValues;
  saveState: SaveState;
  hasUnsavedEdits: boolean;
  submitting: boolean;
  editStep: (itemId: string, change: StepChange) => void;
  setAssignee: (assignee: string | null) => void;
  editVerdictFields: (change: Partial<VerdictFields>) => void;
  start: () => void;
  retrySave: () => void;
  /** Drops unsaved edits and shows the server's record: the current one after a conflict. */
  takeServerRecord: () => void;
  /** Saves waiting edits, then submits. Resolves to true when the submission succeeded. */
  submit: () => Promise<boolean>;
}

const EMPTY_SNAPSHOT: SaveQueueSnapshot = {
  investigation: null,
  unsavedEdits: {},
  saveState: { kind: 'idle' },
};
const subscribeNothing = () => () => undefined;
const getEmptySnapshot = () => EMPTY_SNAPSHOT;

/** Loads an alert's investigation, or null when the API returns 404 because none exists. */
const loadInvestigation = (api: ApiClient, alertId: string, signal: AbortSignal) =>
  api.getInvestigation(alertId, signal).catch((error: unknown) => {
    if (getApiErrorDetails(error).statusCode === 404) {
      return null;
    }

    throw error;
  });

/** Starts the investigation, or returns the existing one when someone else started it. */
const startInvestigation = (api: ApiClient, alertId: string) =>
  api.startInvestigation(alertId).catch((error: unknown) => {
    const current = readConflictCurrent(error);

    if (current) {
      return current;
    }

    throw error;
  });

/**
 * Loads an alert's saved investigation and saves the analyst's edits to it: debounced by
 * `SAVE_DELAY_MS`, one request at a time, starting the investigation on the first edit.
 */
export const useInvestigation = (alertId: string): InvestigationState => {
  const { api, notifications } = usePluginServices();
  const { data, error, loading, refetch } = useApiRequest(alertId, (signal) =>
    loadInvestigation(api, alertId, signal)
  );
  const [queue, setQueue] = useState<InvestigationSaveQueue | null>(null);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    if (data === undefined) {
      return;
    }

    const created = new InvestigationSaveQueue(data, {
      delayMs: SAVE_DELAY_MS,
      start: () => startInvestigation(api, alertId),
      update: (body) => api.updateInvestigation(alertId, body),
    });
    setQueue(created);

    return () => created.dispose();
  }, [api, alertId, data]);

  const snapshot = useSyncExternalStore(
    queue?.subscribe ?? subscribeNothing,
    queue?.getSnapshot ?? getEmptySnapshot
  );
  const { investigation, unsavedEdits, saveState } = snapshot;
  const values = useMemo(
    () => applyEdits(investigation, unsavedEdits),
    [investigation, unsavedEdits]
  );
  const hasUnsavedEdits = !isEmptyEdits(unsavedEdits);

  useUnloadWarning(hasUnsavedEdits);

  const editStep = useCallback(
    (itemId: string, change: StepChange) => queue?.edit({ steps: { [itemId]: change } }),
    [queue]
  );
  const setAssignee = useCallback(
    (assignee: string | null) => queue?.edit({ assignee }),
    [queue]
  );
  const editVerdictFields = useCallback(
    (change: Partial<VerdictFields>) => queue?.edit(change),
    [queue]
  );
  const start = useCallback(() => void queue?.start(), [queue]);
  const retrySave = useCallback(() => void queue?.flush(), [queue]);

  const takeServerRecord = useCallback(() => {
    if (!queue) {
      return;
    }

    const { saveState: current } = queue.getSnapshot();
    queue.takeRecord(
      current.kind === 'conflict' ? current.current : queue.getSnapshot().investigation
    );
  }, [queue]);

  const submit = useCallback(async (): Promise<boolean> => {
    if (!queue) {
      return false;
    }

    setSubmitting(true);

    try {
      await queue.runAction((version) => api.submitInvestigation(alertId, version));
      notifications.toasts.addSuccess({
        title: i18n.SUBMITTED_TITLE,
        text: i18n.SUBMITTED_MESSAGE,
        'data-test-subj': 'simpleHttpInvestigationSubmittedToast',
      });

      return true;
    } catch (submitError) {
      if (submitError instanceof UnsavedEditsError) {
        notifications.toasts.addDanger({
          title: i18n.SUBMIT_FAILED_TITLE,
          text: i18n.SUBMIT_UNSAVED_MESSAGE,
        });
      } else if (!readConflictCurrent(submitError)) {
        // A conflict shows in the page's conflict callout instead.
        notifications.toasts.addError(toError(submitError), { title: i18n.SUBMIT_FAILED_TITLE });
      }

      return false;
    } finally {
      setSubmitting(false);
    }
  }, [api, alertId, notifications, queue]);

  return {
    loading: loading || (data !== undefined && queue === null),
    loadError: error,
    reload: refetch,
    investigation,
    values,
    saveState,
    hasUnsavedEdits,
    submitting,
    editStep,
    setAssignee,
    editVerdictFields,
    start,
    retrySave,
    takeServerRecord,
    submit,
  };
};
