import { useCallback, useEffect, useRef, useState } from 'react';

import { toError } from '../api_client';
import { CHECKLIST_NOT_SAVED_MESSAGE, CHECKLIST_NOT_SAVED_TITLE } from './translations';
import { usePluginServices } from './use_plugin_services';

export interface ChecklistStepState {
  checked: boolean;
  note: string;
}

/** Progress of one alert's checklists by checklist item id, where a missing item is unchecked. */
export type ChecklistState = Record<string, ChecklistStepState>;

export interface ChecklistStateApi {
  state: ChecklistState;
  setChecked: (itemId: string, checked: boolean) => void;
  setNote: (itemId: string, note: string) => void;
}

const STORAGE_KEY_PREFIX = 'simpleHttpInvestigation.checklist';

/**
 * The `localStorage` key of an alert's checklist progress. The guide hash is part of it, so a
 * new version of the rule's investigation guide starts with fresh checklists.
 */
export const checklistStorageKey = (alertId: string, guideHash: string): string =>
  `${STORAGE_KEY_PREFIX}:${alertId}:${guideHash}`;

const isStepState = (value: unknown): value is ChecklistStepState =>
  typeof value === 'object' &&
  value !== null &&
  'checked' in value &&
  'note' in value &&
  typeof value.checked === 'boolean' &&
  typeof value.note === 'string';

/** Reads stored progress and skips entries of the wrong shape. Returns {} when none is stored. */
const readChecklistState = (key: string): ChecklistState => {
  let parsed: unknown;

  try {
    parsed = JSON.parse(window.localStorage.getItem(key) ?? '{}');
  } catch {
    return {};
  }

  if (typeof parsed !== 'object' || parsed === null) {
    return {};
  }

  const state: ChecklistState = {};

  for (const [itemId, step] of Object.entries(parsed)) {
    if (isStepState(step)) {
      state[itemId] = { checked: step.checked, note: step.note };
    }
  }

  return state;
};

interface StoredChecklist {
  key: string;
  state: ChecklistState;
  /** True once the user changed something, so the first read is not written back. */
  changed: boolean;
}

/**
 * Checklist ticks and notes of one alert, kept in this browser's `localStorage`.
 * NOTE: progress stays in one browser until the server stores it, behind the same interface.
 */
export const useChecklistState = (alertId: string, guideHash: string): ChecklistStateApi => {
  const { notifications } = usePluginServices();
  const key = checklistStorageKey(alertId, guideHash);
  const [stored, setStored] = useState<StoredChecklist>(() => ({
    key,
    state: readChecklistState(key),
    changed: false,
  }));
  const warnedRef = useRef(false);

  if (stored.key !== key) {
    setStored({ key, state: readChecklistState(key), changed: false });
  }

  useEffect(() => {
    if (!stored.changed) {
      return;
    }

    try {
      window.localStorage.setItem(stored.key, JSON.stringify(stored.state));
    } catch (error) {
      // Warn once per page: quota errors repeat on every keystroke of a note.
      if (!warnedRef.current) {
        warnedRef.current = true;
        notifications.toasts.addError(toError(error), {
          title: CHECKLIST_NOT_SAVED_TITLE,
          toastMessage: CHECKLIST_NOT_SAVED_MESSAGE,
        });
      }
    }
  }, [stored, notifications]);

  const updateStep = useCallback((itemId: string, change: Partial<ChecklistStepState>) => {
    setStored((current) => {
      const previous = current.state[itemId] ?? { checked: false, note: '' };

      return {
        key: current.key,
        state: { ...current.state, [itemId]: { ...previous, ...change } },
        changed: true,
      };
    });
  }, []);

  const setChecked = useCallback(
    (itemId: string, checked: boolean) => updateStep(itemId, { checked }),
    [updateStep]
  );
  const setNote = useCallback(
    (itemId: string, note: string) => updateStep(itemId, { note }),
    [updateStep]
  );

  return { state: stored.key === key ? stored.state : {}, setChecked, setNote };
};
