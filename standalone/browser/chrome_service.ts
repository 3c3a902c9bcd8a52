import { BehaviorSubject } from 'rxjs';

import type { ChromeBreadcrumb, ChromeDocTitle, ChromeStart } from '../../public/kibana_contracts';

const TITLE_SUFFIX = 'Standalone';

/** `ChromeStart` for the standalone page: breadcrumbs for the header and the document title. */
export class StandaloneChromeService implements ChromeStart {
  readonly breadcrumbs$ = new BehaviorSubject<ChromeBreadcrumb[]>([]);

  readonly docTitle: ChromeDocTitle = {
    // Kibana joins the parts with " - " and appends its own name, so this page appends its own.
    change: (newTitle) => {
      const parts = Array.isArray(newTitle) ? newTitle : [newTitle];
      document.title = [...parts, TITLE_SUFFIX].join(' - ');
    },
  };

  setBreadcrumbs(newBreadcrumbs: ChromeBreadcrumb[]): void {
    this.breadcrumbs$.next(newBreadcrumbs);
  }
}
