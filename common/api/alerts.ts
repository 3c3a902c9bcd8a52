import { z } from 'zod';

import {
  DEFAULT_PER_PAGE,
  MAX_PER_PAGE,
  MAX_RESULT_WINDOW,
  RULE_IDS,
  WORKFLOW_STATUSES,
} from '../constants';
import { isValidDateMath, parseDateMath } from '../date_math';
import { ALERT_EXCEPTION_FILTERS, type ExceptionSummary } from './exceptions';
import { checkResultWindow, MAX_PAGE, wholeNumberParam } from './query_params';
import { INVESTIGATION_STATUSES, type InvestigationStatus } from './investigations';

export const ALERT_SORT_FIELDS = [
  'timestamp',
  'host',
  'user',
  'rule',
  'severity',
  'risk_score',
  'workflow_status',
] as const;
export type AlertSortField = (typeof ALERT_SORT_FIELDS)[number];

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export { MAX_RESULT_WINDOW };

/** Values of the alerts list's `investigation_status` filter: `none` is an alert without an investigation. */
export const ALERT_INVESTIGATION_FILTERS = [...INVESTIGATION_STATUSES, 'none'] as const;

const dateMathString = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(isValidDateMath, {
    message: 'must be an ISO 8601 date or date math such as now-7d',
  });

const shortText = z.string().trim().min(1).max(256);

/** Query parameters of `GET /alerts`. */
export const listAlertsQuerySchema = z
  .object({
    start: dateMathString.default('now-30d'),
    end: dateMathString.default('now'),
    status: z.enum(WORKFLOW_STATUSES).optional(),
    rule_id: z
      .enum([RULE_IDS.connection, RULE_IDS.creation, RULE_IDS.pythonServer], {
        message: `must be one of the supported rule ids: ${Object.values(RULE_IDS).join(', ')}`,
      })
      .optional(),
    host: shortText.optional(),
    user: shortText.optional(),
    search: shortText.optional(),
    investigation_status: z.enum(ALERT_INVESTIGATION_FILTERS).optional(),
    assignee: shortText.optional(),
    exceptions: z.enum(ALERT_EXCEPTION_FILTERS).optional(),
    sort_field: z.enum(ALERT_SORT_FIELDS).default('timestamp'),
    sort_order: z.enum(SORT_ORDERS).default('desc'),
    page: wholeNumberParam(MAX_PAGE).default(1),
    per_page: wholeNumberParam(MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
  })
  .strict()
  .superRefine((query, context) => {
    const start = parseDateMath(query.start);
    const end = parseDateMath(query.end, true);
    if (start && end && start.valueOf() >= end.valueOf()) {
      context.addIssue({ code: 'custom', path: ['start'], message: 'must be before end' });
    }
    checkResultWindow(query, context, 'alerts');
  });

export type ListAlertsQuery = z.infer<typeof listAlertsQuerySchema>;

/** Path parameters of the per-alert routes. */
export const alertIdParamsSchema = z
  .object({
    alert_id: z
      .string()
      .min(1)
      .max(128)
      .regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, "-" and "_"'),
  })
  .strict();

export type AlertIdParams = z.infer<typeof alertIdParamsSchema>;

export interface RuleSummary {
  rule_id: string;
  uuid: string | null;
  name: string;
  version: number | null;
}

/** One row of the alerts list: a shell alert or a single-event alert. */
export interface AlertListItem {
  id: string;
  index: string;
  timestamp: string;
  rule: RuleSummary;
  severity: string | null;
  risk_score: number | null;
  reason: string | null;
  workflow_status: string;
  host_name: string | null;
  user_name: string | null;
  process_name: string | null;
  process_entity_id: string | null;
  command_line: string | null;
  listening_port: number | null;
  served_directory: string | null;
  distinct_clients: number;
  building_block_count: number;
  /** Status of the alert's saved investigation, or null when none has started. */
  investigation_status: InvestigationStatus | null;
  assignee: string | null;
  /** Active exceptions whose rules and entries match the alert with its building blocks. */
  exceptions: ExceptionSummary[];
}

export interface ListAlertsResponse {
  alerts: AlertListItem[];
  total: number;
  page: number;
  per_page: number;
}
