import type { ExceptionStatus, ListExceptionsQuery } from '../../common/api/exceptions';
import type {
  EntryOperator,
  EntryType,
  ExceptionField,
  MAX_ENTRIES,
} from '../../common/exceptions/entries';

/*
 * The API's exception statuses, entry fields, entry types, operators and sort fields, repeated
 * from `common/`: a value import from those modules bundles zod into the app chunk. The
 * exported types below fail to compile if the lists drift apart.
 */
export const EXCEPTION_STATUS_OPTIONS = [
  'active',
  'expired',
  'proposed',
  'rejected',
] as const satisfies readonly ExceptionStatus[];

export const EXCEPTION_FIELD_OPTIONS = [
  'process.name',
  'process.command_line',
  'process.working_directory',
  'process.parent.name',
  'process.parent.executable',
  'user.name',
  'host.name',
  'source.ip',
  'destination.port',
] as const satisfies readonly ExceptionField[];

export const ENTRY_TYPE_OPTIONS = [
  'match',
  'match_any',
  'wildcard',
  'exists',
] as const satisfies readonly EntryType[];

export const ENTRY_OPERATOR_OPTIONS = [
  'included',
  'excluded',
] as const satisfies readonly EntryOperator[];

export type ExceptionSortField = ListExceptionsQuery['sort_field'];

export const EXCEPTION_SORT_FIELD_OPTIONS = [
  'updated_at',
  'created_at',
  'name',
  'expire_time',
] as const satisfies readonly ExceptionSortField[];

/** Fields that take neither wildcard patterns nor free text: addresses and port numbers. */
export const FIELDS_WITHOUT_WILDCARD: readonly ExceptionField[] = ['source.ip', 'destination.port'];

type AssertNever<T extends never> = T;
export type ExceptionStatusesMatchApi = AssertNever<
  Exclude<ExceptionStatus, (typeof EXCEPTION_STATUS_OPTIONS)[number]>
>;
export type ExceptionFieldsMatchApi = AssertNever<
  Exclude<ExceptionField, (typeof EXCEPTION_FIELD_OPTIONS)[number]>
>;
export type EntryTypesMatchApi = AssertNever<
  Exclude<EntryType, (typeof ENTRY_TYPE_OPTIONS)[number]>
>;
export type EntryOperatorsMatchApi = AssertNever<
  Exclude<EntryOperator, (typeof ENTRY_OPERATOR_OPTIONS)[number]>
>;
export type ExceptionSortFieldsMatchApi = AssertNever<
  Exclude<ExceptionSortField, (typeof EXCEPTION_SORT_FIELD_OPTIONS)[number]>
>;

/** Entries one exception may list. The type fails to compile if it drifts from the API's. */
export const MAX_ENTRY_COUNT: typeof MAX_ENTRIES = 20;
