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

/** Path of the investigation page of an alert, relative to the app's base path. */
export const investigationPath = (alertId: string): string =>
  `/alerts/${encodeURIComponent(alertId)}`;

/** Path of the review page of an alert's investigation, relative to the app's base path. */
export const reviewPath = (alertId: string): string => `/review/${encodeURIComponent(alertId)}`;
