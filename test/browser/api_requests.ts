import { expect, type APIRequestContext } from '@playwright/test';

import type { AlertListItem, ListAlertsResponse } from '../../common/api/alerts';
import type { Investigation } from '../../common/api/investigations';
import { API_PATHS, API_VERSION } from '../../common/constants';

/** Headers of a versioned API request; `kbn-xsrf` lets writes through the host's check. */
export const API_HEADERS = { 'elastic-api-version': API_VERSION, 'kbn-xsrf': 'true' };

const alertPath = (template: string, alertId: string) =>
  template.replace('{alert_id}', encodeURIComponent(alertId));

/** Lists alerts with the API's query parameters and returns those that `accept` keeps. */
export async function findAlerts(
  request: APIRequestContext,
  params: Record<string, string>,
  accept: (alert: AlertListItem) => boolean
): Promise<AlertListItem[]> {
  const response = await request.get(API_PATHS.alerts, {
    headers: API_HEADERS,
    params: { per_page: '100', ...params },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as ListAlertsResponse;

  return body.alerts.filter(accept);
}

/**
 * Starts an investigation of the alert, sets the verdict true positive and submits it, as
 * the user whose session `request` carries.
 */
export async function submitInvestigation(
  request: APIRequestContext,
  alertId: string
): Promise<Investigation> {
  const started = await request.post(alertPath(API_PATHS.alertInvestigation, alertId), {
    headers: API_HEADERS,
    data: {},
  });
  expect(started.status()).toBe(200);
  const { version } = (await started.json()) as Investigation;

  const updated = await request.patch(alertPath(API_PATHS.alertInvestigation, alertId), {
    headers: API_HEADERS,
    data: { version, verdict: 'true_positive' },
  });
  expect(updated.status()).toBe(200);
  const withVerdict = (await updated.json()) as Investigation;

  const submitted = await request.post(alertPath(API_PATHS.alertInvestigationSubmit, alertId), {
    headers: API_HEADERS,
    data: { version: withVerdict.version },
  });
  expect(submitted.status()).toBe(200);

  return (await submitted.json()) as Investigation;
}
