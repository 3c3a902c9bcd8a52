import { EuiButtonEmpty } from '@elastic/eui';

import { useAppLinkProps } from '../../hooks/use_app_link_props';
import * as i18n from './translations';

export interface BackToAlertsLinkProps {
  /** The alerts page's query string, so the link returns to the same view. */
  alertsSearch: string;
}

/** Renders a small link back to the alerts list, for errors that a retry cannot fix. */
export const BackToAlertsLink = ({ alertsSearch }: BackToAlertsLinkProps) => {
  const linkProps = useAppLinkProps({ pathname: '/', search: alertsSearch });

  return (
    <EuiButtonEmpty
      {...linkProps}
      size="s"
      iconType="arrowLeft"
      data-test-subj="simpleHttpInvestigationBackToAlerts"
    >
      {i18n.BACK_TO_ALERTS}
    </EuiButtonEmpty>
  );
};
