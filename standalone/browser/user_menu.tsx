import { EuiFlexGroup, EuiFlexItem, EuiHeaderLink, EuiIcon, EuiText } from '@elastic/eui';

import * as i18n from './translations';

const LOGOUT_PATH = '/logout';

export interface UserMenuProps {
  /** The signed-in user's name, or null when reading it failed. */
  userName: string | null;
}

/** Renders the signed-in user's name and a link that ends the session. */
export const UserMenu = ({ userName }: UserMenuProps) => (
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
