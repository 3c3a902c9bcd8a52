import type { ReactNode } from 'react';
import {
  EuiBadge,
  EuiButtonEmpty,
  EuiDescriptionList,
  EuiFlexGroup,
  EuiFlexItem,
  EuiPageTemplate,
  EuiSpacer,
  EuiText,
  type EuiPageHeaderProps,
} from '@elastic/eui';

import type { AlertDetails } from '../../../common/api/evidence';
import { useAppLinkProps } from '../../hooks/use_app_link_props';
import { riskScoreLabel } from '../badges/translations';
import { SeverityBadge } from '../badges/severity_badge';
import { WorkflowStatusBadge } from '../badges/workflow_status_badge';
import { EmptyValue } from '../empty_value/empty_value';
import { FormattedTime } from '../formatted_time/formatted_time';
import * as i18n from './translations';

export interface AlertHeaderBackLink {
  pathname: string;
  search: string;
  label: string;
}

export interface AlertHeaderProps {
  alert: AlertDetails;
  /** Query string of the alerts page the user came from, or empty after a deep link. */
  alertsSearch: string;
  /** Target of the back link in place of the alerts page, such as the review queue. */
  backLink?: AlertHeaderBackLink;
  /** Buttons shown left of the back link. */
  actions?: ReactNode[];
  tabs?: EuiPageHeaderProps['tabs'];
}

const StatusDescription = ({ alert }: { alert: AlertDetails }) => (
  <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false} wrap>
    <EuiFlexItem grow={false}>
      <WorkflowStatusBadge status={alert.workflow_status} />
    </EuiFlexItem>
    {alert.workflow_user && (
      <EuiFlexItem grow={false}>
        <EuiText size="xs" color="subdued">
          {i18n.statusChangedBy(alert.workflow_user)}
        </EuiText>
      </EuiFlexItem>
    )}
  </EuiFlexGroup>
);

/**
 * Renders the rule, severity, risk score, times, host, user, status and reason of the alert,
 * with a back link, optional action buttons and optional page tabs.
 */
export const AlertHeader = ({
  alert,
  alertsSearch,
  backLink,
  actions = [],
  tabs,
}: AlertHeaderProps) => {
  const back = backLink ?? { pathname: '/', search: alertsSearch, label: i18n.BACK_TO_ALERTS };
  const backLinkProps = useAppLinkProps({ pathname: back.pathname, search: back.search });

  const details = [
    { title: i18n.FIELD_ALERT_TIME, description: <FormattedTime value={alert.timestamp} /> },
    { title: i18n.FIELD_EVENT_TIME, description: <FormattedTime value={alert.original_time} /> },
    { title: i18n.FIELD_HOST, description: alert.host_name ?? <EmptyValue /> },
    { title: i18n.FIELD_USER, description: alert.user_name ?? <EmptyValue /> },
    { title: i18n.FIELD_STATUS, description: <StatusDescription alert={alert} /> },
    {
      title: i18n.FIELD_TECHNIQUES,
      description: alert.threat_techniques.length ? (
        alert.threat_techniques.join(', ')
      ) : (
        <EmptyValue />
      ),
    },
  ];

  return (
    <EuiPageTemplate.Header
      pageTitle={alert.rule.name}
      description={alert.reason ?? undefined}
      rightSideItems={[
        <EuiButtonEmpty
          key="back"
          iconType="chevronSingleLeft"
          {...backLinkProps}
          data-test-subj="simpleHttpInvestigationBackToAlerts"
        >
          {back.label}
        </EuiButtonEmpty>,
        ...actions,
      ]}
      tabs={tabs}
      data-test-subj="simpleHttpInvestigationAlertHeader"
    >
      <EuiFlexGroup gutterSize="s" responsive={false} wrap>
        <EuiFlexItem grow={false}>
          <SeverityBadge severity={alert.severity} />
        </EuiFlexItem>
        {alert.risk_score !== null && (
          <EuiFlexItem grow={false}>
            <EuiBadge color="hollow" data-test-subj="simpleHttpInvestigationRiskScore">
              {riskScoreLabel(alert.risk_score)}
            </EuiBadge>
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
      <EuiSpacer size="m" />
      <EuiDescriptionList
        type="column"
        compressed
        listItems={details}
        columnWidths={[1, 3]}
        css={{ maxWidth: 720 }}
      />
    </EuiPageTemplate.Header>
  );
};
