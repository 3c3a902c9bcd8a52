import { useCallback, useMemo } from 'react';
import { useHistory, useLocation } from 'react-router-dom';

import {
  parseAlertsPageQuery,
  serializeAlertsPageQuery,
  type AlertsPageQuery,
} from '../lib/alerts_page_query';

export interface AlertsPageQueryState {
  query: AlertsPageQuery;
  /** Pushes a history entry with the changes. Any change other than `page` returns to page 1. */
  updateQuery: (changes: Partial<AlertsPageQuery>) => void;
}

/** Keeps the alerts page's filters, sort and page in the URL so back returns to the same view. */
export const useAlertsPageQuery = (): AlertsPageQueryState => {
  const history = useHistory();
  const { pathname, search } = useLocation();
  const query = useMemo(() => parseAlertsPageQuery(search), [search]);

  const updateQuery = useCallback(
    (changes: Partial<AlertsPageQuery>) => {
      const next: AlertsPageQuery = { ...query, ...changes };

      if (changes.page === undefined) {
        next.page = 1;
      }

      const nextSearch = serializeAlertsPageQuery(next);

      if (nextSearch !== search) {
        history.push({ pathname, search: nextSearch });
      }
    },
    [history, pathname, query, search]
  );

  return { query, updateQuery };
};
