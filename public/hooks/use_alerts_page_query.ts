import {
  parseAlertsPageQuery,
  serializeAlertsPageQuery,
  type AlertsPageQuery,
} from '../lib/alerts_page_query';
import { useUrlQuery, type UrlQueryState } from './use_url_query';

export type AlertsPageQueryState = UrlQueryState<AlertsPageQuery>;

/** Keeps the alerts page's filters, sort and page in the URL so back returns to the same view. */
export const useAlertsPageQuery = (): AlertsPageQueryState =>
  useUrlQuery(parseAlertsPageQuery, serializeAlertsPageQuery);
