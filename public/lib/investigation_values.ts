import type {
  FalsePositiveCategory,
  InvestigationStatus,
  MAX_COMMENT_LENGTH as API_MAX_COMMENT_LENGTH,
  MAX_NOTE_LENGTH as API_MAX_NOTE_LENGTH,
  Verdict,
} from '../../common/api/investigations';

/*
 * The API's statuses, verdicts and false positive categories, repeated from
 * `common/api/investigations.ts`: a value import from that module bundles its zod schemas into
 * the app. The exported types below fail to compile if the lists drift apart.
 */
export const INVESTIGATION_STATUS_OPTIONS = [
  'in_progress',
  'submitted',
  'approved',
  'returned',
] as const satisfies readonly InvestigationStatus[];

export const VERDICT_OPTIONS = [
  'true_positive',
  'false_positive',
  'benign_true_positive',
  'undetermined',
] as const satisfies readonly Verdict[];

export const FALSE_POSITIVE_CATEGORY_OPTIONS = [
  'development_or_testing',
  'automation_or_cron',
  'training',
  'internal_tool',
  'temporary_project',
  'other',
] as const satisfies readonly FalsePositiveCategory[];

type AssertNever<T extends never> = T;
export type StatusesMatchApi = AssertNever<
  Exclude<InvestigationStatus, (typeof INVESTIGATION_STATUS_OPTIONS)[number]>
>;
export type VerdictsMatchApi = AssertNever<Exclude<Verdict, (typeof VERDICT_OPTIONS)[number]>>;
export type CategoriesMatchApi = AssertNever<
  Exclude<FalsePositiveCategory, (typeof FALSE_POSITIVE_CATEGORY_OPTIONS)[number]>
>;

/** Maximum lengths the API accepts, in characters; the annotations fail if they drift. */
export const MAX_NOTE_LENGTH: typeof API_MAX_NOTE_LENGTH = 10_000;
export const MAX_COMMENT_LENGTH: typeof API_MAX_COMMENT_LENGTH = 5_000;

/** Verdicts that close the alert on approval, so they need a category and a closing reason. */
export const verdictNeedsClosingDetails = (verdict: Verdict | null): boolean =>
  verdict === 'false_positive' || verdict === 'benign_true_positive';

/** The filter value of `GET /alerts` that selects alerts without an investigation. */
export const NOT_STARTED_FILTER = 'none';
