import { BehaviorSubject, type Observable } from 'rxjs';

import type { CoreTheme, ThemeServiceStart } from '../../public/kibana_contracts';

const STORAGE_KEY = 'simpleHttpInvestigation.standalone.colorMode';
const THEME_NAME = 'borealis';

const readStoredDarkMode = (): boolean | null => {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);

    if (stored === 'dark' || stored === 'light') {
      return stored === 'dark';
    }

    return null;
  } catch {
    return null;
  }
};

const prefersDarkMode = (): boolean =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-color-scheme: dark)').matches;

/**
 * `ThemeServiceStart` for the standalone page: light or dark as the user last chose it in the
 * header, stored in `localStorage`, else the operating system's preference.
 */
export class StandaloneThemeService implements ThemeServiceStart {
  private readonly subject = new BehaviorSubject<CoreTheme>({
    darkMode: readStoredDarkMode() ?? prefersDarkMode(),
    name: THEME_NAME,
  });

  readonly theme$: Observable<CoreTheme> = this.subject.asObservable();

  getTheme(): CoreTheme {
    return this.subject.getValue();
  }

  setDarkMode(darkMode: boolean): void {
    try {
      window.localStorage.setItem(STORAGE_KEY, darkMode ? 'dark' : 'light');
    } catch (error) {
      // The switch still works for this page, but the choice is not remembered.
      console.warn('Could not store the colour mode in localStorage', error);
    }

    this.subject.next({ darkMode, name: THEME_NAME });
  }
}
