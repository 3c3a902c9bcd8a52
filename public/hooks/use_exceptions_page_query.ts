import {
  parseExceptionsPageQuery,
  serializeExceptionsPageQuery,
  type ExceptionsPageQuery,
} from '../lib/exceptions_page_query';
import { useUrlQuery, type UrlQueryState } from './use_url_query';

/** Keeps the exceptions page's view, filters, sort and page in the URL. */
export const useExceptionsPageQuery = (): UrlQueryState<ExceptionsPageQuery> =>
  useUrlQuery(parseExceptionsPageQuery, serializeExceptionsPageQuery);
