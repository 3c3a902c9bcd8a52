import { EuiButton, EuiEmptyPrompt } from '@elastic/eui';

import { useAppLinkProps } from '../../hooks/use_app_link_props';
import * as i18n from './translations';

export interface AlertNotFoundProps {
  alertId: string;
  alertsSearch: string;
}

/** Renders the investigation page of an alert id the API does not know (HTTP 404). */
export const AlertNotFound = ({ alertId, alertsSearch }: AlertNotFoundProps) => {
  const backLinkProps = useAppLinkProps({ pathname: '/', search: alertsSearch });

  return (
    <EuiEmptyPrompt
      iconType="search"
      color="subdued"
      title={<h2>{i18n.NOT_FOUND_TITLE}</h2>}
      body={<p>{i18n.notFoundBody(alertId)}</p>}
      actions={
        <EuiButton {...backLinkProps} data-test-subj="simpleHttpInvestigationBackToAlerts">
          {i18n.BACK_TO_ALERTS}
        </EuiButton>
      }
      data-test-subj="simpleHttpInvestigationAlertNotFound"
    />
  );
};
