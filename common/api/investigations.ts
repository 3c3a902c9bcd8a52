import { z } from 'zod';

import { CHECKLIST_SECTION_IDS } from './checklists';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, RULE_IDS } from '../constants';
import { isValidDateMath } from '../date_math';

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

export const submitInvestigationBodySchema = z.object({ version }).strict();
export const approveInvestigationBodySchema = z
  .object({ version, comment: text(MAX_COMMENT_LENGTH).optional() })
  .strict();
export const returnInvestigationBodySchema = z
  .object({ version, comment: z.string().trim().min(1, 'must say what to change').max(MAX_COMMENT_LENGTH) })
  .strict();

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
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    per_page: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
  })
  .strict();
export type ListInvestigationsQuery = z.infer<typeof listInvestigationsQuerySchema>;

export interface ListInvestigationsResponse {
  investigations: Investigation[];
  total: number;
  page: number;
  per_page: number;
}

export const investigationIdParamsSchema = z
  .object({ id: z.string().min(1).max(300).regex(/^[A-Za-z0-9_:-]+$/, 'must be an investigation id') })
  .strict();

/** One audit record: who changed what, when, with the values before and after. */
export interface AuditRecord {
  id: string;
  timestamp: string;
  space_id: string;
  user: string;
  action: string;
  object_type: 'investigation' | 'alert' | 'exception';
  object_id: string;
  alert_id: string | null;
  changes: Array<{ field: string; before: unknown; after: unknown }>;
}

export interface InvestigationHistoryResponse {
  investigation_id: string;
  records: AuditRecord[];
}
