import { useCallback, useMemo } from 'react';
import { useHistory, useLocation } from 'react-router-dom';

export interface UrlQueryState<T> {
  query: T;
  /** Pushes a history entry with the changes. Any change other than `page` returns to page 1. */
  updateQuery: (changes: Partial<T>) => void;
}

/** Keeps a page's filters, sort and page in the URL query string so back returns to the view. */
export const useUrlQuery = <T extends { page: number }>(
  parse: (search: string) => T,
  serialize: (query: T) => string
): UrlQueryState<T> => {
  const history = useHistory();
  const { pathname, search } = useLocation();
  const query = useMemo(() => parse(search), [parse, search]);

  const updateQuery = useCallback(
    (changes: Partial<T>) => {
      const next: T = { ...query, ...changes };

      if (changes.page === undefined) {
        next.page = 1;
      }

      const nextSearch = serialize(next);

      if (nextSearch !== search) {
        history.push({ pathname, search: nextSearch });
      }
    },
    [history, pathname, query, search, serialize]
  );

  return { query, updateQuery };
};
