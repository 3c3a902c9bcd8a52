import type { EuiPageHeaderProps } from '@elastic/eui';

import { ALERTS_NAV_LABEL, REVIEW_NAV_LABEL } from './translations';
import { useAppLinkProps } from './use_app_link_props';

export type AppSection = 'alerts' | 'review';

/** Returns the page header tabs that switch between the alerts list and the review queue. */
export const useAppNavTabs = (selected: AppSection): NonNullable<EuiPageHeaderProps['tabs']> => {
  const alertsLinkProps = useAppLinkProps({ pathname: '/' });
  const reviewLinkProps = useAppLinkProps({ pathname: '/review' });

  return [
    {
      label: ALERTS_NAV_LABEL,
      isSelected: selected === 'alerts',
      ...alertsLinkProps,
      'data-test-subj': 'simpleHttpInvestigationAlertsNavLink',
    },
    {
      label: REVIEW_NAV_LABEL,
      isSelected: selected === 'review',
      ...reviewLinkProps,
      'data-test-subj': 'simpleHttpInvestigationReviewNavLink',
    },
  ];
};
