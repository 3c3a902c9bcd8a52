import { useEffect } from 'react';

/**
 * Warns before the page unloads while edits are not saved yet.
 * NOTE: inside Kibana this does not cover a switch to another app, which needs `onAppLeave`.
 */
export const useUnloadWarning = (active: boolean): void => {
  useEffect(() => {
    if (!active) {
      return;
    }

    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);

    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
};
