export const PLUGIN_ID = 'simpleHttpInvestigation';
export const PLUGIN_NAME = 'Simple HTTP investigation';

export const API_BASE_PATH = '/api/simple_http_investigation';
export const API_VERSION = '2023-10-31';
export const APP_PATH = `/app/${PLUGIN_ID}`;

export const API_PATHS = {
  alerts: `${API_BASE_PATH}/alerts`,
  alertEvidence: `${API_BASE_PATH}/alerts/{alert_id}/evidence`,
  alertChecklists: `${API_BASE_PATH}/alerts/{alert_id}/checklists`,
  alertInvestigation: `${API_BASE_PATH}/alerts/{alert_id}/investigation`,
  alertInvestigationSubmit: `${API_BASE_PATH}/alerts/{alert_id}/investigation/_submit`,
  alertInvestigationApprove: `${API_BASE_PATH}/alerts/{alert_id}/investigation/_approve`,
  alertInvestigationReturn: `${API_BASE_PATH}/alerts/{alert_id}/investigation/_return`,
  investigations: `${API_BASE_PATH}/investigations`,
  investigationHistory: `${API_BASE_PATH}/investigations/{id}/history`,
  investigationReport: `${API_BASE_PATH}/investigations/{id}/report`,
  alertExceptions: `${API_BASE_PATH}/alerts/{alert_id}/exceptions`,
  alertExceptionProposals: `${API_BASE_PATH}/alerts/{alert_id}/exception_proposals`,
  exceptions: `${API_BASE_PATH}/exceptions`,
  exception: `${API_BASE_PATH}/exceptions/{id}`,
  exceptionPreview: `${API_BASE_PATH}/exceptions/_preview`,
  exceptionAccept: `${API_BASE_PATH}/exceptions/{id}/_accept`,
  exceptionReject: `${API_BASE_PATH}/exceptions/{id}/_reject`,
  exceptionHistory: `${API_BASE_PATH}/exceptions/{id}/history`,
} as const;

/** API privileges a route can require; the Kibana feature grants them. */
export const API_PRIVILEGES = {
  read: `${PLUGIN_ID}-read`,
  investigate: `${PLUGIN_ID}-investigate`,
  review: `${PLUGIN_ID}-review`,
  manageExceptions: `${PLUGIN_ID}-manage_exceptions`,
} as const;

export const DEFAULT_SPACE_ID = 'default';

/**
 * Indices the plugin owns and writes with Kibana's internal user. The `.kibana` prefix
 * falls under the index privileges of Kibana's `kibana_system` role.
 */
export const INVESTIGATIONS_INDEX = '.kibana-simple-http-investigation-investigations';
export const AUDIT_INDEX = '.kibana-simple-http-investigation-audit';
export const EXCEPTIONS_INDEX = '.kibana-simple-http-investigation-exceptions';

/** The history route returns at most this many audit records, oldest first. */
export const MAX_HISTORY_RECORDS = 1_000;

/** Detection alerts of a space are read through this alias, followed by the space id. */
export const ALERTS_INDEX_ALIAS_PREFIX = '.alerts-security.alerts-';
export const alertsIndexForSpace = (spaceId: string): string =>
  `${ALERTS_INDEX_ALIAS_PREFIX}${spaceId}`;

/** Elastic Defend data streams for Linux process, network and file events. */
export const PROCESS_EVENTS_INDEX = 'logs-endpoint.events.process-*';
export const NETWORK_EVENTS_INDEX = 'logs-endpoint.events.network-*';
export const FILE_EVENTS_INDEX = 'logs-endpoint.events.file-*';

export const RULE_IDS = {
  connection: '183f3cd2-4cc6-44c0-917c-c5d29ecdcf74',
  creation: '907a26f5-3eb6-4338-a70e-6c375c1cde8a',
  pythonServer: '99c2b626-de44-4322-b1f9-157ca408c17e',
} as const;

/** The supported rule ids as a tuple, for schemas and fields typed by rule. */
export const SUPPORTED_RULE_ID_TUPLE = [
  RULE_IDS.connection,
  RULE_IDS.creation,
  RULE_IDS.pythonServer,
] as const;

export const SUPPORTED_RULE_IDS: readonly string[] = SUPPORTED_RULE_ID_TUPLE;

export const WORKFLOW_STATUSES = ['open', 'acknowledged', 'closed'] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How far around the alert the evidence queries look, in milliseconds. */
export const EVIDENCE_LOOKBACK_MS = 24 * 60 * 60 * 1000;
export const EVIDENCE_LOOKAHEAD_MS = 24 * 60 * 60 * 1000;

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 25;

/** Elasticsearch's default `index.max_result_window`: `from + size` may not exceed it. */
export const MAX_RESULT_WINDOW = 10_000;
