/** History state the app passes along in-app links. */
export interface AppLocationState {
  /** Query string of the alerts page the user came from, so "back to alerts" restores the view. */
  alertsSearch?: string;
  /** Query string of the review queue the user came from. */
  reviewSearch?: string;
}

const readSearch = (state: unknown, key: keyof AppLocationState): string => {
  if (typeof state !== 'object' || state === null || !(key in state)) {
    return '';
  }

  const search: unknown = (state as Record<string, unknown>)[key];

  return typeof search === 'string' && search.startsWith('?') ? search : '';
};

/** Reads `alertsSearch` from a history entry's state, which may come from anywhere. */
export const readAlertsSearch = (state: unknown): string => readSearch(state, 'alertsSearch');

/** Reads `reviewSearch` from a history entry's state, which may come from anywhere. */
export const readReviewSearch = (state: unknown): string => readSearch(state, 'reviewSearch');

/**
 * Decodes a route parameter such as `:alertId` once. The router's history (v4) runs `decodeURI`
 * on the path, which leaves escapes of reserved characters like `%2F` in place, so the API
 * client would otherwise encode them a second time. A value that is not valid percent-encoding
 * is returned unchanged.
 * NOTE: history v4 already turns `%25` into `%`, so an id that itself contains an escape
 * sequence such as `%2F` cannot be distinguished from an encoded `/`.
 */
export const decodeRouteParam = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch (error) {
    if (error instanceof URIError) {
      return value;
    }
    throw error;
  }
};

/** Path of the investigation page of an alert, relative to the app's base path. */
export const investigationPath = (alertId: string): string =>
  `/alerts/${encodeURIComponent(alertId)}`;

/** Path of the review page of an alert's investigation, relative to the app's base path. */
export const reviewPath = (alertId: string): string => `/review/${encodeURIComponent(alertId)}`;
