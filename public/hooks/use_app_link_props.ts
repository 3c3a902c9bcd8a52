import { useCallback, useMemo, type MouseEvent } from 'react';
import { useHistory } from 'react-router-dom';

import type { AppLocationState } from '../lib/app_location_state';

export interface AppLinkTarget {
  pathname: string;
  search?: string;
  state?: AppLocationState;
}

export interface AppLinkProps {
  href: string;
  onClick: (event: MouseEvent<HTMLElement>) => void;
}

const isModifiedEvent = (event: MouseEvent<HTMLElement>): boolean =>
  event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;

/**
 * Returns `href` and `onClick` for a link inside the app: a plain left click navigates through
 * the app's history, while a modified or middle click keeps the browser's default (new tab).
 */
export const useAppLinkProps = ({ pathname, search = '', state }: AppLinkTarget): AppLinkProps => {
  const history = useHistory();
  const href = useMemo(() => history.createHref({ pathname, search }), [history, pathname, search]);

  const onClick = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0 || isModifiedEvent(event)) {
        return;
      }

      event.preventDefault();
      history.push({ pathname, search, state });
    },
    [history, pathname, search, state]
  );

  return { href, onClick };
};
