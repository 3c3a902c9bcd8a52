import type {
  InvestigationStatus,
  ListInvestigationsQuery,
  Verdict,
} from '../../common/api/investigations';
import { DEFAULT_PER_PAGE } from '../../common/constants';
import type { InvestigationsRequestQuery } from '../api_client';
import {
  PAGE_SIZE_OPTIONS,
  pickOneOf,
  readPositiveInt,
  readText,
  SUPPORTED_RULE_ID_OPTIONS,
  type SupportedRuleId,
} from './alerts_page_query';
import { INVESTIGATION_STATUS_OPTIONS, VERDICT_OPTIONS } from './investigation_values';

export type InvestigationSortField = ListInvestigationsQuery['sort_field'];
type SortOrder = ListInvestigationsQuery['sort_order'];

const SORT_ORDERS = ['asc', 'desc'] as const satisfies readonly SortOrder[];

/*
 * The API's sort fields, repeated because a value import from `common/api/investigations.ts`
 * bundles its zod schemas into the app. The type below fails to compile if the lists drift.
 */
export const INVESTIGATION_SORT_FIELD_OPTIONS = [
  'updated_at',
  'created_at',
  'submitted_at',
  'alert_timestamp',
  'status',
  'analyst',
  'host',
] as const satisfies readonly InvestigationSortField[];

type AssertNever<T extends never> = T;
export type InvestigationSortFieldsMatchApi = AssertNever<
  Exclude<InvestigationSortField, (typeof INVESTIGATION_SORT_FIELD_OPTIONS)[number]>
>;

/** The status filter: one status, or every status. */
export type ReviewStatusFilter = InvestigationStatus | 'all';

const STATUS_FILTER_OPTIONS: readonly ReviewStatusFilter[] = [
  ...INVESTIGATION_STATUS_OPTIONS,
  'all',
];

/** The review queue's filters, sort and page, kept in the URL query string. */
export interface ReviewPageQuery {
  status: ReviewStatusFilter;
  analyst?: string;
  verdict?: Verdict;
  rule_id?: SupportedRuleId;
  host?: string;
  /** Lower bound of `updated_at`: an ISO 8601 date or date math such as `now-7d`. */
  start?: string;
  sort_field: InvestigationSortField;
  sort_order: SortOrder;
  /** 1-based, like the API. */
  page: number;
  per_page: number;
}

/** The queue a lead works through: submitted investigations, the longest waiting first. */
export const DEFAULT_REVIEW_PAGE_QUERY: ReviewPageQuery = {
  status: 'submitted',
  sort_field: 'submitted_at',
  sort_order: 'asc',
  page: 1,
  per_page: DEFAULT_PER_PAGE,
};

/** Parses the review queue query from a URL query string, falling back to the defaults. */
export const parseReviewPageQuery = (search: string): ReviewPageQuery => {
  const params = new URLSearchParams(search);
  const defaults = DEFAULT_REVIEW_PAGE_QUERY;
  const perPage = readPositiveInt(params.get('per_page'));

  return {
    status: pickOneOf(STATUS_FILTER_OPTIONS, params.get('status')) ?? defaults.status,
    analyst: readText(params.get('analyst')),
    verdict: pickOneOf(VERDICT_OPTIONS, params.get('verdict')),
    rule_id: pickOneOf(SUPPORTED_RULE_ID_OPTIONS, params.get('rule_id')),
    host: readText(params.get('host')),
    start: readText(params.get('start')),
    sort_field:
      pickOneOf(INVESTIGATION_SORT_FIELD_OPTIONS, params.get('sort_field')) ?? defaults.sort_field,
    sort_order: pickOneOf(SORT_ORDERS, params.get('sort_order')) ?? defaults.sort_order,
    page: readPositiveInt(params.get('page')) ?? defaults.page,
    per_page: PAGE_SIZE_OPTIONS.find((size) => size === perPage) ?? defaults.per_page,
  };
};

const QUERY_KEYS: ReadonlyArray<keyof ReviewPageQuery> = [
  'status',
  'analyst',
  'verdict',
  'rule_id',
  'host',
  'start',
  'sort_field',
  'sort_order',
  'page',
  'per_page',
];

/** Serializes the query as `?key=value…`, leaving out default and empty values. */
export const serializeReviewPageQuery = (query: ReviewPageQuery): string => {
  const params = new URLSearchParams();

  for (const key of QUERY_KEYS) {
    const value = query[key];

    if (value === undefined || value === '' || value === DEFAULT_REVIEW_PAGE_QUERY[key]) {
      continue;
    }

    params.set(key, String(value));
  }

  const serialized = params.toString();

  return serialized ? `?${serialized}` : '';
};

/** Builds the `GET /investigations` query, where the status `all` means no status filter. */
export const toInvestigationsRequest = ({
  status,
  ...rest
}: ReviewPageQuery): InvestigationsRequestQuery => ({
  ...rest,
  status: status === 'all' ? undefined : status,
});
