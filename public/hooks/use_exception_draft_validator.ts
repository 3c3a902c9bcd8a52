import { useEffect, useState } from 'react';

import type { validateExceptionDraft } from '../lib/validate_exception_draft';

export type ValidateExceptionDraft = typeof validateExceptionDraft;

export interface ExceptionDraftValidator {
  /** Null until the module with the shared zod schemas has loaded. */
  validate: ValidateExceptionDraft | null;
  loadError: Error | null;
}

/**
 * Loads the exception checks on first use. They run the API's zod schemas, which load as
 * their own chunk so the app chunk that every page needs stays without zod.
 */
export const useExceptionDraftValidator = (): ExceptionDraftValidator => {
  const [state, setState] = useState<ExceptionDraftValidator>({ validate: null, loadError: null });

  useEffect(() => {
    let mounted = true;

    import('../lib/validate_exception_draft').then(
      (module) => {
        if (mounted) {
          setState({ validate: module.validateExceptionDraft, loadError: null });
        }
      },
      (error: unknown) => {
        if (mounted) {
          setState({
            validate: null,
            loadError: error instanceof Error ? error : new Error(String(error)),
          });
        }
      }
    );

    return () => {
      mounted = false;
    };
  }, []);

  return state;
};
