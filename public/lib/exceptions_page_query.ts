import type { ExceptionCategory, ExceptionStatus } from '../../common/api/exceptions';
import { DEFAULT_PER_PAGE } from '../../common/constants';
import type { ExceptionsRequestQuery } from '../api_client';
import { PAGE_SIZE_OPTIONS, pickOneOf, readPositiveInt, readText } from './alerts_page_query';
import {
  EXCEPTION_SORT_FIELD_OPTIONS,
  EXCEPTION_STATUS_OPTIONS,
  type ExceptionSortField,
} from './exception_values';
import { FALSE_POSITIVE_CATEGORY_OPTIONS } from './investigation_values';

export const EXCEPTIONS_VIEWS = ['exceptions', 'proposals'] as const;
/** The page's two lists: every exception, or the proposals waiting for an admin. */
export type ExceptionsView = (typeof EXCEPTIONS_VIEWS)[number];

const SORT_ORDERS = ['asc', 'desc'] as const;

/** The exceptions page's view, filters, sort and page, kept in the URL query string. */
export interface ExceptionsPageQuery {
  view: ExceptionsView;
  /** Ignored in the proposals view, which lists only `proposed`. */
  status?: ExceptionStatus;
  category?: ExceptionCategory;
  search?: string;
  sort_field: ExceptionSortField;
  sort_order: (typeof SORT_ORDERS)[number];
  /** 1-based, like the API. */
  page: number;
  per_page: number;
}

export const DEFAULT_EXCEPTIONS_PAGE_QUERY: ExceptionsPageQuery = {
  view: 'exceptions',
  sort_field: 'updated_at',
  sort_order: 'desc',
  page: 1,
  per_page: DEFAULT_PER_PAGE,
};

/** Parses the page's query from a URL query string, falling back to the defaults. */
export const parseExceptionsPageQuery = (search: string): ExceptionsPageQuery => {
  const params = new URLSearchParams(search);
  const defaults = DEFAULT_EXCEPTIONS_PAGE_QUERY;
  const perPage = readPositiveInt(params.get('per_page'));

  return {
    view: pickOneOf(EXCEPTIONS_VIEWS, params.get('view')) ?? defaults.view,
    status: pickOneOf(EXCEPTION_STATUS_OPTIONS, params.get('status')),
    category: pickOneOf(FALSE_POSITIVE_CATEGORY_OPTIONS, params.get('category')),
    search: readText(params.get('search')),
    sort_field:
      pickOneOf(EXCEPTION_SORT_FIELD_OPTIONS, params.get('sort_field')) ?? defaults.sort_field,
    sort_order: pickOneOf(SORT_ORDERS, params.get('sort_order')) ?? defaults.sort_order,
    page: readPositiveInt(params.get('page')) ?? defaults.page,
    per_page: PAGE_SIZE_OPTIONS.find((size) => size === perPage) ?? defaults.per_page,
  };
};

const QUERY_KEYS: ReadonlyArray<keyof ExceptionsPageQuery> = [
  'view',
  'status',
  'category',
  'search',
  'sort_field',
  'sort_order',
  'page',
  'per_page',
];

/** Serializes the query as `?key=value…`, leaving out default and empty values. */
export const serializeExceptionsPageQuery = (query: ExceptionsPageQuery): string => {
  const params = new URLSearchParams();

  for (const key of QUERY_KEYS) {
    const value = query[key];

    if (value === undefined || value === '' || value === DEFAULT_EXCEPTIONS_PAGE_QUERY[key]) {
      continue;
    }

    params.set(key, String(value));
  }

  const serialized = params.toString();

  return serialized ? `?${serialized}` : '';
};

/** Builds the `GET /exceptions` query. The proposals view requests `proposed` only. */
export const toExceptionsRequest = ({
  view,
  status,
  ...rest
}: ExceptionsPageQuery): ExceptionsRequestQuery => ({
  ...rest,
  status: view === 'proposals' ? 'proposed' : status,
});
