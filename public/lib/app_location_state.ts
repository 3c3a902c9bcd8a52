/** History state the app passes along in-app links. */
export interface AppLocationState {
  /** Query string of the alerts page the user came from, so "back to alerts" restores the view. */
  alertsSearch?: string;
}

/** Reads `alertsSearch` from a history entry's state, which may come from anywhere. */
export const readAlertsSearch = (state: unknown): string => {
  if (typeof state !== 'object' || state === null || !('alertsSearch' in state)) {
    return '';
  }

  const { alertsSearch } = state;

  return typeof alertsSearch === 'string' && alertsSearch.startsWith('?') ? alertsSearch : '';
};

/** Path of the investigation page of an alert, relative to the app's base path. */
export const investigationPath = (alertId: string): string =>
  `/alerts/${encodeURIComponent(alertId)}`;
