import { API_PATHS, API_VERSION } from '../common/constants';
import type { ListAlertsQuery, ListAlertsResponse } from '../common/api/alerts';
import type { AlertEvidence } from '../common/api/evidence';
import type { ChecklistsResponse } from '../common/api/checklists';
import type {
  Investigation,
  InvestigationHistoryResponse,
  ListInvestigationsQuery,
  ListInvestigationsResponse,
  UpdateInvestigationBody,
} from '../common/api/investigations';
import type {
  AcceptExceptionBody,
  AlertExceptionsResponse,
  ExceptionFields,
  ExceptionRecord,
  ListExceptionsQuery,
  ListExceptionsResponse,
  PreviewExceptionBody,
  PreviewExceptionResponse,
  UpdateExceptionBody,
} from '../common/api/exceptions';
import type { HttpFetchQuery, HttpStart } from './kibana_contracts';

/** Query of `GET /alerts`, where the server fills in defaults for omitted parameters. */
export type AlertsRequestQuery = Partial<ListAlertsQuery>;

/** Query of `GET /investigations`, where the server fills in defaults for omitted parameters. */
export type InvestigationsRequestQuery = Partial<ListInvestigationsQuery>;

/** Query of `GET /exceptions`, where the server fills in defaults for omitted parameters. */
export type ExceptionsRequestQuery = Partial<ListExceptionsQuery>;

/** Body of `POST /exceptions/_preview`; the server fills in the rules and the period when omitted. */
export type PreviewExceptionRequest = Pick<PreviewExceptionBody, 'entries'> &
  Partial<Omit<PreviewExceptionBody, 'entries'>>;

export interface ApiClient {
  listAlerts(query: AlertsRequestQuery, signal?: AbortSignal): Promise<ListAlertsResponse>;
  getAlertEvidence(alertId: string, signal?: AbortSignal): Promise<AlertEvidence>;
  getAlertChecklists(alertId: string, signal?: AbortSignal): Promise<ChecklistsResponse>;
  /** Rejects with HTTP 404 when the alert has no investigation yet. */
  getInvestigation(alertId: string, signal?: AbortSignal): Promise<Investigation>;
  /** Rejects with HTTP 409 and the existing record in `attributes.current` when one exists. */
  startInvestigation(alertId: string, assignee?: string | null): Promise<Investigation>;
  updateInvestigation(alertId: string, body: UpdateInvestigationBody): Promise<Investigation>;
  submitInvestigation(alertId: string, version: string): Promise<Investigation>;
  approveInvestigation(alertId: string, version: string, comment?: string): Promise<Investigation>;
  returnInvestigation(alertId: string, version: string, comment: string): Promise<Investigation>;
  listInvestigations(
    query: InvestigationsRequestQuery,
    signal?: AbortSignal
  ): Promise<ListInvestigationsResponse>;
  getInvestigationHistory(
    investigationId: string,
    signal?: AbortSignal
  ): Promise<InvestigationHistoryResponse>;
  /** Returns the investigation report as Markdown text. */
  getInvestigationReport(investigationId: string, signal?: AbortSignal): Promise<string>;

  listExceptions(query: ExceptionsRequestQuery, signal?: AbortSignal): Promise<ListExceptionsResponse>;
  getException(id: string, signal?: AbortSignal): Promise<ExceptionRecord>;
  createException(fields: ExceptionFields): Promise<ExceptionRecord>;
  /** Rejects with HTTP 409 and the stored record in `attributes.current` when `version` is stale. */
  updateException(id: string, body: UpdateExceptionBody): Promise<ExceptionRecord>;
  deleteException(id: string, version: string): Promise<void>;
  previewException(
    body: PreviewExceptionRequest,
    signal?: AbortSignal
  ): Promise<PreviewExceptionResponse>;
  acceptException(id: string, body: AcceptExceptionBody): Promise<ExceptionRecord>;
  rejectException(id: string, version: string, comment: string): Promise<ExceptionRecord>;
  getExceptionHistory(id: string, signal?: AbortSignal): Promise<InvestigationHistoryResponse>;
  getAlertExceptions(alertId: string, signal?: AbortSignal): Promise<AlertExceptionsResponse>;
  proposeException(alertId: string, fields: ExceptionFields): Promise<ExceptionRecord>;
}

/** Drops unset and blank parameters so the server applies its defaults. */
const toFetchQuery = (
  query: AlertsRequestQuery | InvestigationsRequestQuery | ExceptionsRequestQuery
): HttpFetchQuery => {
  const fetchQuery: HttpFetchQuery = {};

  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) {
      continue;
    }

    if (typeof value === 'string' && value.trim() === '') {
      continue;
    }

    fetchQuery[key] = value;
  }

  return fetchQuery;
};

const alertPath = (template: string, alertId: string): string =>
  template.replace('{alert_id}', encodeURIComponent(alertId));

/** Fills the `{id}` of an investigation or exception path. */
const investigationApiPath = (template: string, investigationId: string): string =>
  template.replace('{id}', encodeURIComponent(investigationId));

/** Creates typed calls to the plugin's API over Kibana's `http.fetch`. */
export const createApiClient = (http: HttpStart): ApiClient => {
  const send = (method: string, path: string, body: object) =>
    http.fetch<Investigation>(path, { method, version: API_VERSION, body: JSON.stringify(body) });
  const sendException = (method: string, path: string, body: object) =>
    http.fetch<ExceptionRecord>(path, { method, version: API_VERSION, body: JSON.stringify(body) });

  return {
    listAlerts: (query, signal) =>
      http.fetch<ListAlertsResponse>(API_PATHS.alerts, {
        method: 'GET',
        version: API_VERSION,
        query: toFetchQuery(query),
        signal,
      }),

    getAlertEvidence: (alertId, signal) =>
      http.fetch<AlertEvidence>(alertPath(API_PATHS.alertEvidence, alertId), {
        method: 'GET',
        version: API_VERSION,
        signal,
      }),

    getAlertChecklists: (alertId, signal) =>
      http.fetch<ChecklistsResponse>(alertPath(API_PATHS.alertChecklists, alertId), {
        method: 'GET',
        version: API_VERSION,
        signal,
      }),

    getInvestigation: (alertId, signal) =>
      http.fetch<Investigation>(alertPath(API_PATHS.alertInvestigation, alertId), {
        method: 'GET',
        version: API_VERSION,
        signal,
      }),

    startInvestigation: (alertId, assignee) =>
      send(
        'POST',
        alertPath(API_PATHS.alertInvestigation, alertId),
        assignee ? { assignee } : {}
      ),

    updateInvestigation: (alertId, body) =>
      send('PATCH', alertPath(API_PATHS.alertInvestigation, alertId), body),

    submitInvestigation: (alertId, version) =>
      send('POST', alertPath(API_PATHS.alertInvestigationSubmit, alertId), { version }),

    approveInvestigation: (alertId, version, comment) =>
      send(
        'POST',
        alertPath(API_PATHS.alertInvestigationApprove, alertId),
        comment?.trim() ? { version, comment } : { version }
      ),

    returnInvestigation: (alertId, version, comment) =>
      send('POST', alertPath(API_PATHS.alertInvestigationReturn, alertId), { version, comment }),

    listInvestigations: (query, signal) =>
      http.fetch<ListInvestigationsResponse>(API_PATHS.investigations, {
        method: 'GET',
        version: API_VERSION,
        query: toFetchQuery(query),
        signal,
      }),

    getInvestigationHistory: (investigationId, signal) =>
      http.fetch<InvestigationHistoryResponse>(
        investigationApiPath(API_PATHS.investigationHistory, investigationId),
        { method: 'GET', version: API_VERSION, signal }
      ),

    getInvestigationReport: (investigationId, signal) =>
      http.fetch<string>(investigationApiPath(API_PATHS.investigationReport, investigationId), {
        method: 'GET',
        version: API_VERSION,
        signal,
      }),

    listExceptions: (query, signal) =>
      http.fetch<ListExceptionsResponse>(API_PATHS.exceptions, {
        method: 'GET',
        version: API_VERSION,
        query: toFetchQuery(query),
        signal,
      }),

    getException: (id, signal) =>
      http.fetch<ExceptionRecord>(investigationApiPath(API_PATHS.exception, id), {
        method: 'GET',
        version: API_VERSION,
        signal,
      }),

    createException: (fields) => sendException('POST', API_PATHS.exceptions, fields),

    updateException: (id, body) =>
      sendException('PUT', investigationApiPath(API_PATHS.exception, id), body),

    deleteException: (id, version) =>
      http.fetch<void>(investigationApiPath(API_PATHS.exception, id), {
        method: 'DELETE',
        version: API_VERSION,
        query: { version },
      }),

    previewException: (body, signal) =>
      http.fetch<PreviewExceptionResponse>(API_PATHS.exceptionPreview, {
        method: 'POST',
        version: API_VERSION,
        body: JSON.stringify(body),
        signal,
      }),

    acceptException: (id, body) =>
      sendException('POST', investigationApiPath(API_PATHS.exceptionAccept, id), body),

    rejectException: (id, version, comment) =>
      sendException('POST', investigationApiPath(API_PATHS.exceptionReject, id), {
        version,
        comment,
      }),

    getExceptionHistory: (id, signal) =>
      http.fetch<InvestigationHistoryResponse>(investigationApiPath(API_PATHS.exceptionHistory, id), {
        method: 'GET',
        version: API_VERSION,
        signal,
      }),

    getAlertExceptions: (alertId, signal) =>
      http.fetch<AlertExceptionsResponse>(alertPath(API_PATHS.alertExceptions, alertId), {
        method: 'GET',
        version: API_VERSION,
        signal,
      }),

    proposeException: (alertId, fields) =>
      sendException('POST', alertPath(API_PATHS.alertExceptionProposals, alertId), fields),
  };
};

/** The error body the API sends: `{ statusCode, error, message }`. */
export interface ApiErrorBody {
  statusCode: number;
  error?: string;
  message: string;
}

export interface ApiErrorDetails {
  /** HTTP status, or null when no response arrived (network failure). */
  statusCode: number | null;
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Reads the status and message from an `IHttpFetchError` or any other thrown value. */
export const getApiErrorDetails = (error: unknown): ApiErrorDetails => {
  if (!isRecord(error)) {
    return { statusCode: null, message: String(error) };
  }

  const body = error.body;

  if (isRecord(body) && typeof body.message === 'string') {
    const statusCode = typeof body.statusCode === 'number' ? body.statusCode : null;

    return { statusCode, message: body.message };
  }

  const response = error.response;
  const statusCode =
    isRecord(response) && typeof response.status === 'number' ? response.status : null;
  const message = typeof error.message === 'string' ? error.message : String(error);

  return { statusCode, message };
};

/** True for the rejection of a request cancelled through its `AbortSignal`. */
export const isAbortError = (error: unknown): boolean =>
  isRecord(error) && error.name === 'AbortError';

/** Wraps a thrown value as an `Error` for `toasts.addError`. */
export const toError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(getApiErrorDetails(error).message);

/**
 * Returns the server's current record from a version conflict (HTTP 409 with
 * `attributes.current`), or null for any other error.
 */
export const readConflictCurrent = (error: unknown): Investigation | null => {
  if (!isRecord(error) || !isRecord(error.body)) {
    return null;
  }

  const { statusCode, attributes } = error.body;

  if (statusCode !== 409 || !isRecord(attributes) || !isRecord(attributes.current)) {
    return null;
  }

  const current = attributes.current;

  // Checks the fields the page reads before anything else, so a malformed body is no conflict.
  if (typeof current.version !== 'string' || typeof current.status !== 'string') {
    return null;
  }

  return current as unknown as Investigation;
};
