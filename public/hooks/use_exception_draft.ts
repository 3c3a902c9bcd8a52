import { useCallback, useMemo, useState } from 'react';

import {
  isSameDraft,
  toExceptionDraft,
  type ExceptionDraft,
  type ExceptionDraftSource,
} from '../lib/exception_draft';
import type { ExceptionDraftCheck, ExceptionDraftErrors } from '../lib/validate_exception_draft';
import { useExceptionDraftValidator } from './use_exception_draft_validator';

export interface ExceptionDraftState {
  draft: ExceptionDraft;
  /** Null until the checks have loaded. */
  check: ExceptionDraftCheck | null;
  /** The problems to show: of touched fields and entries, or all after `revealErrors`. */
  visibleErrors: ExceptionDraftErrors;
  validatorError: Error | null;
  /** True when the draft differs from the fields it was loaded or last reset from. */
  isDirty: boolean;
  update: (changes: Partial<ExceptionDraft>) => void;
  /** Replaces the draft, for example with the stored exception after a conflict. */
  reset: (fields: ExceptionDraftSource) => void;
  touch: (name: string) => void;
  revealErrors: () => void;
}

const NO_ERRORS: ExceptionDraftErrors = { entry: {} };

/** Returns the problems of touched fields and entries, or all of them once `showAll` is set. */
const pickVisible = (
  errors: ExceptionDraftErrors,
  touched: ReadonlySet<string>,
  showAll: boolean
): ExceptionDraftErrors => {
  if (showAll) {
    return errors;
  }

  const { entry, ...fields } = errors;
  const visible: ExceptionDraftErrors = {
    entry: Object.fromEntries(Object.entries(entry).filter(([key]) => touched.has(key))),
  };

  for (const [name, message] of Object.entries(fields)) {
    if (touched.has(name)) {
      Object.assign(visible, { [name]: message });
    }
  }

  return visible;
};

/** Holds an exception form's draft and checks it with the API's schema on every change. */
export const useExceptionDraft = (initialFields: ExceptionDraftSource): ExceptionDraftState => {
  const [loaded, setLoaded] = useState(() => toExceptionDraft(initialFields));
  const [draft, setDraft] = useState(loaded);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);
  const { validate, loadError } = useExceptionDraftValidator();

  const check = useMemo(() => (validate ? validate(draft) : null), [validate, draft]);
  const visibleErrors = useMemo(
    () => (check ? pickVisible(check.errors, touched, showAll) : NO_ERRORS),
    [check, touched, showAll]
  );

  const update = useCallback(
    (changes: Partial<ExceptionDraft>) => setDraft((current) => ({ ...current, ...changes })),
    []
  );
  const isDirty = useMemo(() => !isSameDraft(draft, loaded), [draft, loaded]);

  const reset = useCallback((fields: ExceptionDraftSource) => {
    const next = toExceptionDraft(fields);
    setLoaded(next);
    setDraft(next);
    setTouched(new Set());
    setShowAll(false);
  }, []);
  const touch = useCallback(
    (name: string) =>
      setTouched((current) => (current.has(name) ? current : new Set([...current, name]))),
    []
  );
  const revealErrors = useCallback(() => setShowAll(true), []);

  return {
    draft,
    check,
    visibleErrors,
    validatorError: loadError,
    isDirty,
    update,
    reset,
    touch,
    revealErrors,
  };
};
