import type { AlertSortField, ListAlertsQuery, SortOrder } from '../../common/api/alerts';
import type { AlertExceptionFilter } from '../../common/api/exceptions';
import {
  DEFAULT_PER_PAGE,
  RULE_IDS,
  WORKFLOW_STATUSES,
  type WorkflowStatus,
} from '../../common/constants';
import { INVESTIGATION_STATUS_OPTIONS, NOT_STARTED_FILTER } from './investigation_values';

export type SupportedRuleId = NonNullable<ListAlertsQuery['rule_id']>;

/** A saved investigation's status, or `none` for alerts without one. */
export type InvestigationStatusFilter = NonNullable<ListAlertsQuery['investigation_status']>;

export const INVESTIGATION_STATUS_FILTER_OPTIONS = [
  NOT_STARTED_FILTER,
  ...INVESTIGATION_STATUS_OPTIONS,
] as const satisfies readonly InvestigationStatusFilter[];

export const SUPPORTED_RULE_ID_OPTIONS: readonly SupportedRuleId[] = [
  RULE_IDS.connection,
  RULE_IDS.creation,
  RULE_IDS.pythonServer,
];

/*
 * The API's sort fields and orders, repeated from `common/api/alerts.ts`. A value import from
 * that module bundles its zod schemas into the app (445 kB of the minified app chunk with
 * esbuild 0.28). The exported types below fail to compile if the lists drift apart.
 */
const SORT_FIELDS = [
  'timestamp',
  'host',
  'user',
  'rule',
  'severity',
  'risk_score',
  'workflow_status',
] as const satisfies readonly AlertSortField[];
const SORT_ORDERS = ['asc', 'desc'] as const satisfies readonly SortOrder[];
/**
 * Values of the `exceptions` filter, repeated from `ALERT_EXCEPTION_FILTERS` for the same
 * reason: `hide` drops alerts an active exception matches, and `only` keeps only them.
 */
export const EXCEPTION_FILTER_OPTIONS = [
  'hide',
  'only',
] as const satisfies readonly AlertExceptionFilter[];

type AssertNever<T extends never> = T;
export type SortFieldsMatchApi = AssertNever<Exclude<AlertSortField, (typeof SORT_FIELDS)[number]>>;
export type SortOrdersMatchApi = AssertNever<Exclude<SortOrder, (typeof SORT_ORDERS)[number]>>;
export type ExceptionFiltersMatchApi = AssertNever<
  Exclude<AlertExceptionFilter, (typeof EXCEPTION_FILTER_OPTIONS)[number]>
>;
export type InvestigationFiltersMatchApi = AssertNever<
  Exclude<InvestigationStatusFilter, (typeof INVESTIGATION_STATUS_FILTER_OPTIONS)[number]>
>;

export const PAGE_SIZE_OPTIONS = [10, 25, 50, 100] as const;

/** The alerts page's filters, sort and page, kept in the URL query string. */
export interface AlertsPageQuery {
  start: string;
  end: string;
  status?: WorkflowStatus;
  rule_id?: SupportedRuleId;
  host?: string;
  user?: string;
  search?: string;
  investigation_status?: InvestigationStatusFilter;
  assignee?: string;
  exceptions?: AlertExceptionFilter;
  sort_field: AlertSortField;
  sort_order: SortOrder;
  /** 1-based, like the API. */
  page: number;
  per_page: number;
}

export const DEFAULT_ALERTS_PAGE_QUERY: AlertsPageQuery = {
  start: 'now-30d',
  end: 'now',
  sort_field: 'timestamp',
  sort_order: 'desc',
  page: 1,
  per_page: DEFAULT_PER_PAGE,
};

const MAX_TEXT_LENGTH = 256;

/** Returns `value` when it is one of `allowed`, else undefined. */
export const pickOneOf = <T extends string>(
  allowed: readonly T[],
  value: string | null
): T | undefined => allowed.find((candidate) => candidate === value);

/** Returns the trimmed text of a query parameter, or undefined when it is blank or missing. */
export const readText = (value: string | null): string | undefined => {
  const trimmed = value?.trim();

  return trimmed ? trimmed.slice(0, MAX_TEXT_LENGTH) : undefined;
};

/** Returns a query parameter as an integer of at least 1, or undefined. */
export const readPositiveInt = (value: string | null): number | undefined => {
  if (value === null || !/^\d+$/.test(value)) {
    return undefined;
  }

  const parsed = Number(value);

  return parsed >= 1 ? parsed : undefined;
};

/**
 * Parses the alerts page query from a URL query string. Unknown or invalid values fall back
 * to the defaults, so a hand-edited URL still opens a working page.
 */
export const parseAlertsPageQuery = (search: string): AlertsPageQuery => {
  const params = new URLSearchParams(search);
  const defaults = DEFAULT_ALERTS_PAGE_QUERY;
  const perPage = readPositiveInt(params.get('per_page'));

  return {
    start: readText(params.get('start')) ?? defaults.start,
    end: readText(params.get('end')) ?? defaults.end,
    status: pickOneOf(WORKFLOW_STATUSES, params.get('status')),
    rule_id: pickOneOf(SUPPORTED_RULE_ID_OPTIONS, params.get('rule_id')),
    host: readText(params.get('host')),
    user: readText(params.get('user')),
    search: readText(params.get('search')),
    investigation_status: pickOneOf(
      INVESTIGATION_STATUS_FILTER_OPTIONS,
      params.get('investigation_status')
    ),
    assignee: readText(params.get('assignee')),
    exceptions: pickOneOf(EXCEPTION_FILTER_OPTIONS, params.get('exceptions')),
    sort_field: pickOneOf(SORT_FIELDS, params.get('sort_field')) ?? defaults.sort_field,
    sort_order: pickOneOf(SORT_ORDERS, params.get('sort_order')) ?? defaults.sort_order,
    page: readPositiveInt(params.get('page')) ?? defaults.page,
    per_page: PAGE_SIZE_OPTIONS.find((size) => size === perPage) ?? defaults.per_page,
  };
};

const QUERY_KEYS: ReadonlyArray<keyof AlertsPageQuery> = [
  'start',
  'end',
  'status',
  'rule_id',
  'host',
  'user',
  'search',
  'investigation_status',
  'assignee',
  'exceptions',
  'sort_field',
  'sort_order',
  'page',
  'per_page',
];

/** Serializes the query as `?key=value…`, leaving out default and empty values. */
export const serializeAlertsPageQuery = (query: AlertsPageQuery): string => {
  const params = new URLSearchParams();

  for (const key of QUERY_KEYS) {
    const value = query[key];

    if (value === undefined || value === '' || value === DEFAULT_ALERTS_PAGE_QUERY[key]) {
      continue;
    }

    params.set(key, String(value));
  }

  const serialized = params.toString();

  return serialized ? `?${serialized}` : '';
};
