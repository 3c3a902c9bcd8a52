import { z } from 'zod';

import {
  DEFAULT_PER_PAGE,
  MAX_PER_PAGE,
  SUPPORTED_RULE_ID_TUPLE,
  SUPPORTED_RULE_IDS,
} from '../constants';
import { isValidDateMath, parseDateMath } from '../date_math';
import { exceptionEntriesSchema, type ExceptionEntry } from '../exceptions/entries';
import type { AlertListItem } from './alerts';
import { FALSE_POSITIVE_CATEGORIES, type FalsePositiveCategory } from './investigations';
import { checkResultWindow, MAX_PAGE, wholeNumberParam } from './query_params';

/** Why a server is benign: the same categories as an investigation's false positive category. */
export const EXCEPTION_CATEGORIES = FALSE_POSITIVE_CATEGORIES;
export type ExceptionCategory = FalsePositiveCategory;

/**
 * The stored state of an exception. A proposal waits for an admin, who accepts it (it
 * becomes `active`) or rejects it. Admins create exceptions directly as `active`.
 */
export const EXCEPTION_STATES = ['proposed', 'active', 'rejected'] as const;
export type ExceptionState = (typeof EXCEPTION_STATES)[number];

/** The state as shown: an `active` exception whose `expire_time` has passed is `expired`. */
export const EXCEPTION_STATUSES = ['proposed', 'active', 'expired', 'rejected'] as const;
export type ExceptionStatus = (typeof EXCEPTION_STATUSES)[number];

export const MAX_EXCEPTION_NAME_LENGTH = 256;
export const MAX_EXCEPTION_REASON_LENGTH = 5_000;
/** The preview returns at most this many of the alerts it matched. */
export const PREVIEW_SAMPLE_SIZE = 20;

/** Inside Kibana: the rule default exception list item written for one rule of an exception. */
export interface ExceptionListItemSync {
  rule_id: string;
  list_id: string | null;
  item_id: string;
  status: 'synced' | 'failed';
  message: string | null;
  synced_at: string;
}

export interface ExceptionProposal {
  proposed_by: string;
  proposed_at: string;
  alert_id: string;
  investigation_id: string;
}

export interface ExceptionDecision {
  decided_by: string;
  decided_at: string;
  comment: string | null;
}

/** One exception of a space. `version` is opaque and changes on every write. */
export interface ExceptionRecord {
  id: string;
  version: string;
  space_id: string;
  name: string;
  reason: string;
  category: ExceptionCategory;
  /** The supported rules whose alerts the exception applies to. */
  rule_ids: string[];
  /** All entries must match (AND); see `matchesEntries`. */
  entries: ExceptionEntry[];
  /** ISO 8601; from then on the exception stops matching. Null never expires. */
  expire_time: string | null;
  state: ExceptionState;
  /** Derived from `state` and `expire_time` when the record is read; never stored. */
  status: ExceptionStatus;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  proposal: ExceptionProposal | null;
  decision: ExceptionDecision | null;
  /** Inside Kibana with the lists plugin: the items written to the rules' default lists. */
  list_items: ExceptionListItemSync[];
}

/** An exception as stored: no `version` (the sequence numbers) and no derived `status`. */
export type ExceptionDocument = Omit<ExceptionRecord, 'version' | 'status'>;

/** What the alerts list and the investigation page show of an exception. */
export interface ExceptionSummary {
  id: string;
  name: string;
  category: ExceptionCategory;
  status: ExceptionStatus;
  expire_time: string | null;
}

/** Returns the status shown for a stored state at `now`. */
export function toExceptionStatus(
  state: ExceptionState,
  expireTime: string | null,
  now: Date
): ExceptionStatus {
  if (state === 'active' && expireTime !== null && Date.parse(expireTime) <= now.valueOf()) {
    return 'expired';
  }
  return state;
}

const version = z.string().min(1).max(200);
const ALL_RULE_IDS = SUPPORTED_RULE_ID_TUPLE;
const supportedRuleId = z.enum(ALL_RULE_IDS, {
  message: `must be one of the supported rule ids: ${SUPPORTED_RULE_IDS.join(', ')}`,
});
const ruleIds = z
  .array(supportedRuleId)
  .min(1, 'must name at least one rule')
  .refine((ids) => new Set(ids).size === ids.length, { message: 'must not name a rule twice' });

const isoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date and time such as 2027-01-31T00:00:00Z' });

/** The fields an admin edits; `expire_time` must lie in the future when it is written. */
export const exceptionFieldsSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(MAX_EXCEPTION_NAME_LENGTH)
      .refine((text) => !text.includes('\0'), 'must not contain a NUL character'),
    reason: z.string().trim().min(1, 'must say why the servers are benign').max(MAX_EXCEPTION_REASON_LENGTH),
    category: z.enum(EXCEPTION_CATEGORIES),
    rule_ids: ruleIds.default([...ALL_RULE_IDS]),
    entries: exceptionEntriesSchema,
    expire_time: isoDateTime.nullable().default(null),
  })
  .strict();
export type ExceptionFields = z.infer<typeof exceptionFieldsSchema>;

/** Body of `POST /exceptions`. */
export const createExceptionBodySchema = exceptionFieldsSchema;

/** Body of `PUT /exceptions/{id}`: every field, replacing the stored ones, and the version read. */
export const updateExceptionBodySchema = exceptionFieldsSchema.extend({ version }).strict();
export type UpdateExceptionBody = z.infer<typeof updateExceptionBodySchema>;

/** Body of `POST /alerts/{alert_id}/exception_proposals`: the analyst's draft. */
export const proposeExceptionBodySchema = exceptionFieldsSchema;

/**
 * Body of `POST /exceptions/{id}/_accept`: the version read and, optionally, the admin's edits.
 * The edited fields have no defaults here, so a field left out keeps the proposal's value.
 */
export const acceptExceptionBodySchema = exceptionFieldsSchema
  .partial()
  .extend({
    rule_ids: ruleIds.optional(),
    expire_time: isoDateTime.nullable().optional(),
    version,
    comment: z.string().trim().max(MAX_EXCEPTION_REASON_LENGTH).optional(),
  })
  .strict();
export type AcceptExceptionBody = z.infer<typeof acceptExceptionBodySchema>;

/** Body of `POST /exceptions/{id}/_reject`. */
export const rejectExceptionBodySchema = z
  .object({
    version,
    comment: z.string().trim().min(1, 'must say why the proposal is rejected').max(MAX_EXCEPTION_REASON_LENGTH),
  })
  .strict();
export type RejectExceptionBody = z.infer<typeof rejectExceptionBodySchema>;

/** Query of `DELETE /exceptions/{id}`: the version read, so a stale delete gets 409. */
export const deleteExceptionQuerySchema = z.object({ version: version.optional() }).strict();

export const exceptionIdParamsSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, "-" and "_"'),
  })
  .strict();

export const EXCEPTION_SORT_FIELDS = ['updated_at', 'created_at', 'name', 'expire_time'] as const;

/** Query of `GET /exceptions`. */
export const listExceptionsQuerySchema = z
  .object({
    status: z.enum(EXCEPTION_STATUSES).optional(),
    category: z.enum(EXCEPTION_CATEGORIES).optional(),
    search: z.string().trim().min(1).max(256).optional(),
    sort_field: z.enum(EXCEPTION_SORT_FIELDS).default('updated_at'),
    sort_order: z.enum(['asc', 'desc']).default('desc'),
    page: wholeNumberParam(MAX_PAGE).default(1),
    per_page: wholeNumberParam(MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
  })
  .strict()
  .superRefine((query, context) => {
    checkResultWindow(query, context, 'exceptions');
  });
export type ListExceptionsQuery = z.infer<typeof listExceptionsQuerySchema>;

export interface ListExceptionsResponse {
  exceptions: ExceptionRecord[];
  total: number;
  page: number;
  per_page: number;
  /** Proposals waiting for an admin, whatever the filters. */
  proposed_total: number;
}

const dateMath = z.string().trim().min(1).max(64).refine(isValidDateMath, {
  message: 'must be an ISO 8601 date or date math such as now-7d',
});

/** Body of `POST /exceptions/_preview`: a draft's rules and entries and the period to try them on. */
export const previewExceptionBodySchema = z
  .object({
    rule_ids: ruleIds.default([...ALL_RULE_IDS]),
    entries: exceptionEntriesSchema,
    start: dateMath.default('now-30d'),
    end: dateMath.default('now'),
  })
  .strict()
  .superRefine((body, context) => {
    const start = parseDateMath(body.start);
    const end = parseDateMath(body.end, true);
    if (start && end && start.valueOf() >= end.valueOf()) {
      context.addIssue({ code: 'custom', path: ['start'], message: 'must be before end' });
    }
  });
export type PreviewExceptionBody = z.infer<typeof previewExceptionBodySchema>;

export interface PreviewExceptionResponse {
  /** Shell and single-event alerts of the rules in the period. */
  total: number;
  /** How many of them the draft matches. */
  matched: number;
  /** The newest matched alerts, at most `PREVIEW_SAMPLE_SIZE`. */
  sample: AlertListItem[];
  /**
   * Matched alerts whose investigation has the verdict true positive: the draft would hide
   * a confirmed attack, and the app says so.
   */
  true_positive_alert_ids: string[];
}

/** Response of `GET /alerts/{alert_id}/exceptions`. */
export interface AlertExceptionsResponse {
  /** Active exceptions that apply to the alert. */
  matches: ExceptionSummary[];
  /** Proposals made from the alert's investigation, with their status. */
  proposals: ExceptionSummary[];
}

/** Values of the alerts list's `exceptions` filter: hide matched alerts, or show only them. */
export const ALERT_EXCEPTION_FILTERS = ['hide', 'only'] as const;
export type AlertExceptionFilter = (typeof ALERT_EXCEPTION_FILTERS)[number];
