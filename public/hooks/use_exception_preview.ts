import { useCallback, useEffect, useRef, useState } from 'react';

import type { PreviewExceptionResponse } from '../../common/api/exceptions';
import {
  getApiErrorDetails,
  isAbortError,
  type ApiErrorDetails,
  type PreviewExceptionRequest,
} from '../api_client';
import { usePluginServices } from './use_plugin_services';

export interface ExceptionPreviewState {
  result: PreviewExceptionResponse | null;
  /** The request that produced `result`, to tell whether the draft changed since. */
  resultRequest: PreviewExceptionRequest | null;
  error: ApiErrorDetails | null;
  loading: boolean;
  preview: (request: PreviewExceptionRequest) => void;
}

/**
 * Runs a draft's preview on request. A newer preview cancels the one in flight, and leaving
 * the page cancels any.
 */
export const useExceptionPreview = (): ExceptionPreviewState => {
  const { api } = usePluginServices();
  const controllerRef = useRef<AbortController | null>(null);
  const [state, setState] = useState<Omit<ExceptionPreviewState, 'preview'>>({
    result: null,
    resultRequest: null,
    error: null,
    loading: false,
  });

  useEffect(() => () => controllerRef.current?.abort(), []);

  const preview = useCallback(
    (request: PreviewExceptionRequest) => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      setState((previous) => ({ ...previous, error: null, loading: true }));

      api.previewException(request, controller.signal).then(
        (result) => {
          if (!controller.signal.aborted) {
            setState({ result, resultRequest: request, error: null, loading: false });
          }
        },
        (error: unknown) => {
          if (controller.signal.aborted || isAbortError(error)) {
            return;
          }
          setState((previous) => ({
            ...previous,
            error: getApiErrorDetails(error),
            loading: false,
          }));
        }
      );
    },
    [api]
  );

  return { ...state, preview };
};
