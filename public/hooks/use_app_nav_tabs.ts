import type { EuiPageHeaderProps } from '@elastic/eui';

import { ALERTS_NAV_LABEL, EXCEPTIONS_NAV_LABEL, REVIEW_NAV_LABEL } from './translations';
import { useAppLinkProps } from './use_app_link_props';

export type AppSection = 'alerts' | 'review' | 'exceptions';

/** Returns the page header tabs that switch between alerts, the review queue and exceptions. */
export const useAppNavTabs = (selected: AppSection): NonNullable<EuiPageHeaderProps['tabs']> => {
  const alertsLinkProps = useAppLinkProps({ pathname: '/' });
  const reviewLinkProps = useAppLinkProps({ pathname: '/review' });
  const exceptionsLinkProps = useAppLinkProps({ pathname: '/exceptions' });

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
    {
      label: EXCEPTIONS_NAV_LABEL,
      isSelected: selected === 'exceptions',
      ...exceptionsLinkProps,
      'data-test-subj': 'simpleHttpInvestigationExceptionsNavLink',
    },
  ];
};
