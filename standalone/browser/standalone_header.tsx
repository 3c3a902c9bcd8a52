import { useEffect, useState } from 'react';
import {
  EuiBadge,
  EuiGlobalToastList,
  EuiHeader,
  EuiHeaderBreadcrumbs,
  EuiHeaderLogo,
  EuiHeaderSection,
  EuiHeaderSectionItem,
  EuiProvider,
  EuiSwitch,
  EuiTitle,
  useEuiTheme,
} from '@elastic/eui';
import { Global, css } from '@emotion/react';
import type { Observable } from 'rxjs';

import { DEFAULT_SPACE_ID } from '../../common/constants';
import type { ChromeBreadcrumb, ScopedHistory } from '../../public/kibana_contracts';
import { APP_TITLE } from '../../public/translations';
import type { StandaloneCore } from './standalone_core';
import * as i18n from './translations';
import { UserMenu } from './user_menu';

const TOAST_LIFETIME_MS = 10_000;

const useLatest = <T,>(observable: Observable<T>, initialValue: T): T => {
  const [value, setValue] = useState(initialValue);

  useEffect(() => {
    const subscription = observable.subscribe(setValue);

    return () => subscription.unsubscribe();
  }, [observable]);

  return value;
};

const AppLogo = ({ history }: { history: ScopedHistory }) => (
  <EuiHeaderLogo
    iconTitle={APP_TITLE}
    href={history.createHref({ pathname: '/' })}
    onClick={(event) => {
      event.preventDefault();
      history.push('/');
    }}
  />
);

/** Renders the page colour on the body too, because EUI's global styles colour only `html`. */
const BodyBackground = () => {
  const { euiTheme } = useEuiTheme();

  return (
    <Global
      styles={css`
        body {
          background-color: ${euiTheme.colors.body};
        }
      `}
    />
  );
};

export interface StandaloneHeaderProps {
  core: StandaloneCore;
  /** The signed-in user's name, or null when reading it failed. */
  userName: string | null;
}

/**
 * Renders the page's chrome: app title, the space unless it is the default one, breadcrumbs,
 * light or dark switch, the signed-in user with a log out link, and the toast list.
 * Its `EuiProvider` renders the global styles, as Kibana's chrome does for mounted apps.
 */
export const StandaloneHeader = ({ core, userName }: StandaloneHeaderProps) => {
  const theme = useLatest(core.theme.theme$, core.theme.getTheme());
  const breadcrumbs = useLatest<ChromeBreadcrumb[]>(core.chrome.breadcrumbs$, []);
  const toasts = useLatest(core.toasts.toasts$, []);

  return (
    <EuiProvider colorMode={theme.darkMode ? 'dark' : 'light'}>
      <BodyBackground />
      <EuiHeader position="static">
        <EuiHeaderSection>
          <EuiHeaderSectionItem>
            <AppLogo history={core.history} />
          </EuiHeaderSectionItem>
          <EuiHeaderSectionItem>
            <EuiTitle size="xxs">
              <h1>{APP_TITLE}</h1>
            </EuiTitle>
          </EuiHeaderSectionItem>
          {core.spaceId !== DEFAULT_SPACE_ID && (
            <EuiHeaderSectionItem>
              <EuiBadge color="hollow" data-test-subj="simpleHttpInvestigationSpaceBadge">
                {i18n.spaceBadge(core.spaceId)}
              </EuiBadge>
            </EuiHeaderSectionItem>
          )}
          <EuiHeaderSectionItem>
            {/* The first breadcrumb is the app title, which the header already shows. */}
            <EuiHeaderBreadcrumbs
              aria-label={i18n.BREADCRUMBS_LABEL}
              breadcrumbs={breadcrumbs.slice(1)}
            />
          </EuiHeaderSectionItem>
        </EuiHeaderSection>
        <EuiHeaderSection side="right">
          <EuiHeaderSectionItem>
            <EuiSwitch
              label={i18n.DARK_MODE}
              checked={theme.darkMode}
              onChange={(event) => core.theme.setDarkMode(event.target.checked)}
              compressed
              data-test-subj="simpleHttpInvestigationThemeToggle"
            />
          </EuiHeaderSectionItem>
          <EuiHeaderSectionItem>
            <UserMenu userName={userName} />
          </EuiHeaderSectionItem>
        </EuiHeaderSection>
      </EuiHeader>
      <EuiGlobalToastList
        toasts={toasts}
        dismissToast={(toast) => core.toasts.remove(toast.id)}
        toastLifeTimeMs={TOAST_LIFETIME_MS}
      />
    </EuiProvider>
  );
};
