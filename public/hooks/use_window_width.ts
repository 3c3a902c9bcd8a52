import { useSyncExternalStore } from 'react';

const subscribeToResize = (onResize: () => void) => {
  window.addEventListener('resize', onResize);
  return () => window.removeEventListener('resize', onResize);
};

const readWindowWidth = () => window.innerWidth;

/** Returns the window's inner width in CSS pixels and re-renders when the window resizes. */
export const useWindowWidth = (): number => useSyncExternalStore(subscribeToResize, readWindowWidth);
