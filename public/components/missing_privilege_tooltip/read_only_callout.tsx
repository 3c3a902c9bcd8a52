import { EuiCallOut } from '@elastic/eui';

import { MISSING_PRIVILEGE_MESSAGES, type PrivilegedAction } from './missing_privilege_tooltip';
import * as i18n from './translations';

export interface ReadOnlyCalloutProps {
  action: PrivilegedAction;
}

/** Says that the page is read-only for the user's role, and which privilege would change that. */
export const ReadOnlyCallout = ({ action }: ReadOnlyCalloutProps) => (
  <EuiCallOut
    size="s"
    iconType="lock"
    title={i18n.READ_ONLY_TITLE}
    data-test-subj="simpleHttpInvestigationReadOnlyCallout"
  >
    <p>{MISSING_PRIVILEGE_MESSAGES[action]}</p>
  </EuiCallOut>
);
