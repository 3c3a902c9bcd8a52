import {
  parseReviewPageQuery,
  serializeReviewPageQuery,
  type ReviewPageQuery,
} from '../lib/review_page_query';
import { useUrlQuery, type UrlQueryState } from './use_url_query';

/** Keeps the review queue's filters, sort and page in the URL. */
export const useReviewPageQuery = (): UrlQueryState<ReviewPageQuery> =>
  useUrlQuery(parseReviewPageQuery, serializeReviewPageQuery);
