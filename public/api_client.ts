import { API_PATHS, API_VERSION } from '../common/constants';
import type { ListAlertsQuery, ListAlertsResponse } from '../common/api/alerts';
import type { AlertEvidence } from '../common/api/evidence';
import type { ChecklistsResponse } from '../common/api/checklists';
import type { HttpFetchQuery, HttpStart } from './kibana_contracts';

/** Query of `GET /alerts`, where the server fills in defaults for omitted parameters. */
export type AlertsRequestQuery = Partial<ListAlertsQuery>;

export interface ApiClient {
  listAlerts(query: AlertsRequestQuery, signal?: AbortSignal): Promise<ListAlertsResponse>;
  getAlertEvidence(alertId: string, signal?: AbortSignal): Promise<AlertEvidence>;
  getAlertChecklists(alertId: string, signal?: AbortSignal): Promise<ChecklistsResponse>;
}

/** Drops unset and blank parameters so the server applies its defaults. */
const toFetchQuery = (query: AlertsRequestQuery): HttpFetchQuery => {
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

/** Creates typed calls to the plugin's API over Kibana's `http.fetch`. */
export const createApiClient = (http: HttpStart): ApiClient => ({
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
});

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
