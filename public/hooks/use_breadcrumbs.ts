import { useEffect } from 'react';
import { useHistory } from 'react-router-dom';

import type { ChromeBreadcrumb } from '../kibana_contracts';
import { APP_TITLE } from '../translations';
import { usePluginServices } from './use_plugin_services';

export interface AppBreadcrumb {
  text: string;
  /** In-app path and query string, usually unset on the last breadcrumb. */
  path?: string;
}

/**
 * Sets Kibana's breadcrumbs to the app title followed by `breadcrumbs`, and the document
 * title to the same trail, most specific first.
 */
export const useBreadcrumbs = (breadcrumbs: AppBreadcrumb[]): void => {
  const { chrome } = usePluginServices();
  const history = useHistory();
  const trailKey = JSON.stringify(breadcrumbs);

  useEffect(() => {
    const trail: AppBreadcrumb[] = [{ text: APP_TITLE, path: '/' }, ...breadcrumbs];
    const chromeBreadcrumbs: ChromeBreadcrumb[] = trail.map(({ text, path }, index) => {
      if (path === undefined || index === trail.length - 1) {
        return { text };
      }

      return {
        text,
        href: history.createHref({ pathname: path }),
        onClick: (event) => {
          event.preventDefault();
          history.push(path);
        },
      };
    });

    chrome.setBreadcrumbs(chromeBreadcrumbs);
    chrome.docTitle.change(trail.map(({ text }) => text).reverse());
    // `trailKey` stands for `breadcrumbs`, which callers rebuild on every render.
  }, [chrome, history, trailKey]);
};
