import { z } from 'zod';

import { CHECKLIST_SECTION_IDS } from './checklists';
import { checkResultWindow, MAX_PAGE, wholeNumberParam } from './query_params';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, RULE_IDS } from '../constants';
import { isValidDateMath, parseDateMath } from '../date_math';

export const INVESTIGATION_STATUSES = ['in_progress', 'submitted', 'approved', 'returned'] as const;
export type InvestigationStatus = (typeof INVESTIGATION_STATUSES)[number];

export const VERDICTS = [
  'true_positive',
  'false_positive',
  'benign_true_positive',
  'undetermined',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const FALSE_POSITIVE_CATEGORIES = [
  'development_or_testing',
  'automation_or_cron',
  'training',
  'internal_tool',
  'temporary_project',
  'other',
] as const;
export type FalsePositiveCategory = (typeof FALSE_POSITIVE_CATEGORIES)[number];

export const MAX_NOTE_LENGTH = 10_000;
export const MAX_COMMENT_LENGTH = 5_000;

/** The state of one checklist step, keyed by the step id from the checklists route. */
export interface StepState {
  item_id: string;
  section_id: (typeof CHECKLIST_SECTION_IDS)[number];
  checked: boolean;
  checked_by: string | null;
  checked_at: string | null;
  note: string;
  note_updated_by: string | null;
  note_updated_at: string | null;
  /** Response steps only: what the analyst did for this step. */
  action_taken: string;
}

export interface ReviewComment {
  action: 'approved' | 'returned';
  author: string;
  created_at: string;
  comment: string;
}

/** One investigation per alert and space. `version` is opaque and changes on every write. */
export interface Investigation {
  id: string;
  version: string;
  space_id: string;
  alert_id: string;
  rule_id: string;
  rule_name: string;
  host_name: string | null;
  user_name: string | null;
  alert_timestamp: string;
  status: InvestigationStatus;
  analyst: string;
  assignee: string | null;
  verdict: Verdict | null;
  false_positive_category: FalsePositiveCategory | null;
  closing_reason: string | null;
  steps: StepState[];
  review_comments: ReviewComment[];
  guide_hash: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
}

/** An investigation as stored: the engine's sequence numbers stand in for `version`. */
export type InvestigationDocument = Omit<Investigation, 'version'>;

const version = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const itemId = z
  .string()
  .regex(/^(investigation|false_positive|response)-[1-9][0-9]{0,3}$/, 'must be a step id such as investigation-1');
const userName = z.string().trim().min(1).max(256);

/** Body of `POST /alerts/{alert_id}/investigation`. */
export const startInvestigationBodySchema = z
  .object({ assignee: userName.nullable().optional() })
  .strict()
  .default({});

export const stepUpdateSchema = z
  .object({
    item_id: itemId,
    checked: z.boolean().optional(),
    note: text(MAX_NOTE_LENGTH).optional(),
    action_taken: text(MAX_NOTE_LENGTH).optional(),
  })
  .strict();

/** Body of `PATCH /alerts/{alert_id}/investigation`: only the fields given change. */
export const updateInvestigationBodySchema = z
  .object({
    version,
    steps: z.array(stepUpdateSchema).max(200).optional(),
    assignee: userName.nullable().optional(),
    verdict: z.enum(VERDICTS).nullable().optional(),
    false_positive_category: z.enum(FALSE_POSITIVE_CATEGORIES).nullable().optional(),
    closing_reason: text(MAX_COMMENT_LENGTH).nullable().optional(),
  })
  .strict();
export type UpdateInvestigationBody = z.infer<typeof updateInvestigationBodySchema>;

export type StepUpdate = z.infer<typeof stepUpdateSchema>;

export const submitInvestigationBodySchema = z.object({ version }).strict();
export const approveInvestigationBodySchema = z
  .object({ version, comment: text(MAX_COMMENT_LENGTH).optional() })
  .strict();
export const returnInvestigationBodySchema = z
  .object({ version, comment: z.string().trim().min(1, 'must say what to change').max(MAX_COMMENT_LENGTH) })
  .strict();
export type ApproveInvestigationBody = z.infer<typeof approveInvestigationBodySchema>;
export type ReturnInvestigationBody = z.infer<typeof returnInvestigationBodySchema>;

export const INVESTIGATION_SORT_FIELDS = [
  'updated_at',
  'created_at',
  'submitted_at',
  'alert_timestamp',
  'status',
  'analyst',
  'host',
] as const;

const dateMath = z.string().trim().min(1).max(64).refine(isValidDateMath, {
  message: 'must be an ISO 8601 date or date math such as now-7d',
});

/** Query of `GET /investigations`: the review queue and search over investigations. */
export const listInvestigationsQuerySchema = z
  .object({
    status: z.enum(INVESTIGATION_STATUSES).optional(),
    analyst: userName.optional(),
    assignee: userName.optional(),
    verdict: z.enum(VERDICTS).optional(),
    rule_id: z.enum([RULE_IDS.connection, RULE_IDS.creation, RULE_IDS.pythonServer]).optional(),
    host: userName.optional(),
    start: dateMath.optional(),
    end: dateMath.optional(),
    sort_field: z.enum(INVESTIGATION_SORT_FIELDS).default('updated_at'),
    sort_order: z.enum(['asc', 'desc']).default('desc'),
    page: wholeNumberParam(MAX_PAGE).default(1),
    per_page: wholeNumberParam(MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
  })
  .strict()
  .superRefine((query, context) => {
    const start = query.start === undefined ? null : parseDateMath(query.start);
    const end = query.end === undefined ? null : parseDateMath(query.end, true);
    if (start && end && start.valueOf() >= end.valueOf()) {
      context.addIssue({ code: 'custom', path: ['start'], message: 'must be before end' });
    }
    checkResultWindow(query, context, 'investigations');
  });
export type ListInvestigationsQuery = z.infer<typeof listInvestigationsQuerySchema>;

export interface ListInvestigationsResponse {
  investigations: Investigation[];
  total: number;
  page: number;
  per_page: number;
}

/** Builds the id of the investigation of an alert in a space: `${space_id}:${alert_id}`. */
export const toInvestigationId = (spaceId: string, alertId: string): string =>
  `${spaceId}:${alertId}`;

/** Splits an investigation id into its space and alert ids, or returns null when it is malformed. */
export function parseInvestigationId(id: string): { spaceId: string; alertId: string } | null {
  const match = /^([a-z0-9_-]+):([A-Za-z0-9_-]+)$/.exec(id);
  if (match === null || match[1] === undefined || match[2] === undefined) {
    return null;
  }
  return { spaceId: match[1], alertId: match[2] };
}

export const investigationIdParamsSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .max(300)
      .refine((id) => parseInvestigationId(id) !== null, {
        message: 'must be an investigation id: the space id, ":" and the alert id',
      }),
  })
  .strict();

/** Kinds of audit record: a change of an investigation or of an alert's workflow status. */
export const AUDIT_ACTIONS = [
  'investigation_started',
  'investigation_updated',
  'investigation_submitted',
  'investigation_approved',
  'investigation_returned',
  'alert_workflow_status_changed',
  'exception_created',
  'exception_updated',
  'exception_deleted',
  'exception_proposed',
  'exception_accepted',
  'exception_rejected',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One changed field: a top-level field name, or `steps.<item id>.<field>` for a step. */
export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** One audit record: who changed what, when, with the values before and after. */
export interface AuditRecord {
  id: string;
  timestamp: string;
  space_id: string;
  user: string;
  action: AuditAction;
  object_type: 'investigation' | 'alert' | 'exception';
  object_id: string;
  alert_id: string | null;
  changes: AuditChange[];
}

/** The audit records of an investigation and of its alert, oldest first. */
export interface InvestigationHistoryResponse {
  investigation_id: string;
  records: AuditRecord[];
  /** Number of matching records; above `MAX_HISTORY_RECORDS` only the oldest are returned. */
  total: number;
  truncated: boolean;
}
