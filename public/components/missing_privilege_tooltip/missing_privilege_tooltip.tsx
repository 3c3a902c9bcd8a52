import type { ReactElement } from 'react';
import { EuiToolTip } from '@elastic/eui';

import * as i18n from './translations';

/** Actions that a role may lack, each named after what the user cannot do. */
export type PrivilegedAction = 'investigate' | 'proposeException' | 'review' | 'manageExceptions';

/** Tooltip text per action: the reason the role cannot take it and the privilege it needs. */
export const MISSING_PRIVILEGE_MESSAGES: Readonly<Record<PrivilegedAction, string>> = {
  investigate: i18n.INVESTIGATE_MISSING,
  proposeException: i18n.PROPOSE_EXCEPTION_MISSING,
  review: i18n.REVIEW_MISSING,
  manageExceptions: i18n.MANAGE_EXCEPTIONS_MISSING,
};

export interface MissingPrivilegeTooltipProps {
  action: PrivilegedAction;
  /** True when the user may take the action, which renders `children` without a tooltip. */
  allowed: boolean;
  /** The control, which the caller disables unless `allowed` is true. */
  children: ReactElement;
}

/** Explains in a tooltip why a disabled control needs a privilege that the role lacks. */
export const MissingPrivilegeTooltip = ({
  action,
  allowed,
  children,
}: MissingPrivilegeTooltipProps) => {
  if (allowed) {
    return children;
  }

  return (
    <EuiToolTip
      content={MISSING_PRIVILEGE_MESSAGES[action]}
      data-test-subj={`simpleHttpInvestigationMissingPrivilegeTooltip-${action}`}
    >
      {children}
    </EuiToolTip>
  );
};
