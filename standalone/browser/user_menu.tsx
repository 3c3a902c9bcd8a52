import { useEffect, useState } from 'react';
import { EuiFlexGroup, EuiFlexItem, EuiHeaderLink, EuiIcon, EuiText } from '@elastic/eui';

import * as i18n from './translations';

const CURRENT_USER_PATH = '/internal/security/me';
const LOGOUT_PATH = '/logout';

/** Reads the signed-in user's name; null until it arrives or when the request fails. */
const useUserName = (): string | null => {
  const [userName, setUserName] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    fetch(CURRENT_USER_PATH, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => {
        if (active && typeof body === 'object' && body !== null && 'username' in body) {
          setUserName(typeof body.username === 'string' ? body.username : null);
        }
      })
      .catch(() => undefined);

    return () => {
      active = false;
    };
  }, []);

  return userName;
};

/** Renders the signed-in user's name and a link that ends the session. */
export const UserMenu = () => {
  const userName = useUserName();

  return (
    <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
      {userName !== null && (
        <EuiFlexItem grow={false}>
          <EuiText size="s" data-test-subj="simpleHttpInvestigationUserName">
            <EuiIcon type="user" aria-label={i18n.SIGNED_IN_AS} /> {userName}
          </EuiText>
        </EuiFlexItem>
      )}
      <EuiFlexItem grow={false}>
        <EuiHeaderLink href={LOGOUT_PATH} data-test-subj="simpleHttpInvestigationLogoutLink">
          {i18n.LOG_OUT}
        </EuiHeaderLink>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
};
