import { useCallback, useEffect, useRef, useState } from 'react';

import { getApiErrorDetails, isAbortError, type ApiErrorDetails } from '../api_client';

export interface ApiRequestState<T> {
  data: T | undefined;
  error: ApiErrorDetails | null;
  loading: boolean;
  /** Sends the request again with the same key. */
  refetch: () => void;
}

export interface ApiRequestOptions {
  /** Keep showing the previous key's data while the next key loads (tables paging or sorting). */
  keepPreviousData?: boolean;
}

interface RequestSnapshot<T> {
  key: string | null;
  data: T | undefined;
  error: ApiErrorDetails | null;
  loading: boolean;
}

/**
 * Sends `request` whenever `key` changes or `refetch` is called, and cancels the request in
 * flight through its `AbortSignal` when a newer one starts or the component unmounts.
 * Data of the same key stays visible while a refetch loads or after it fails.
 */
export const useApiRequest = <T>(
  key: string,
  request: (signal: AbortSignal) => Promise<T>,
  { keepPreviousData = false }: ApiRequestOptions = {}
): ApiRequestState<T> => {
  const requestRef = useRef(request);
  requestRef.current = request;

  const [attempt, setAttempt] = useState(0);
  const [snapshot, setSnapshot] = useState<RequestSnapshot<T>>({
    key: null,
    data: undefined,
    error: null,
    loading: true,
  });

  useEffect(() => {
    const controller = new AbortController();

    setSnapshot((previous) => ({
      key,
      data: keepPreviousData || previous.key === key ? previous.data : undefined,
      error: null,
      loading: true,
    }));

    requestRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) {
          setSnapshot({ key, data, error: null, loading: false });
        }
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) {
          return;
        }

        setSnapshot((previous) => ({
          ...previous,
          error: getApiErrorDetails(error),
          loading: false,
        }));
      }
    );

    return () => controller.abort();
  }, [key, attempt, keepPreviousData]);

  const refetch = useCallback(() => setAttempt((count) => count + 1), []);

  return { data: snapshot.data, error: snapshot.error, loading: snapshot.loading, refetch };
};
