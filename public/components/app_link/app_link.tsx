import type { ReactNode } from 'react';
import { EuiLink } from '@elastic/eui';

import { useAppLinkProps, type AppLinkTarget } from '../../hooks/use_app_link_props';

export interface AppLinkProps {
  to: AppLinkTarget;
  children: ReactNode;
  'data-test-subj'?: string;
}

/** Renders an `EuiLink` to a page of this app. */
export const AppLink = ({ to, children, 'data-test-subj': dataTestSubj }: AppLinkProps) => {
  const linkProps = useAppLinkProps(to);

  return (
    <EuiLink {...linkProps} data-test-subj={dataTestSubj}>
      {children}
    </EuiLink>
  );
};
