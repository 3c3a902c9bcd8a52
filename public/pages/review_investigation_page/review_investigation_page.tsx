import { useCallback } from 'react';
import { useLocation } from 'react-router-dom';
import {
  EuiButton,
  EuiEmptyPrompt,
  EuiFlexGroup,
  EuiLoadingSpinner,
  EuiPageTemplate,
} from '@elastic/eui';

import type { Investigation } from '../../../common/api/investigations';
import { ApiErrorCallout } from '../../components/api_error_callout/api_error_callout';
import { useAlertEvidence } from '../../hooks/use_alert_evidence';
import { useAppLinkProps } from '../../hooks/use_app_link_props';
import { useBreadcrumbs } from '../../hooks/use_breadcrumbs';
import { useReviewInvestigation } from '../../hooks/use_review_investigation';
import { readReviewSearch } from '../../lib/app_location_state';
import { ReviewInvestigationContent } from './review_investigation_content';
import * as i18n from './translations';

export interface ReviewInvestigationPageProps {
  alertId: string;
}

const PAGE_TEST_SUBJ = 'simpleHttpInvestigationReviewInvestigationPage';

const NotFound = ({ reviewSearch }: { reviewSearch: string }) => {
  const backLinkProps = useAppLinkProps({ pathname: '/review', search: reviewSearch });

  return (
    <EuiEmptyPrompt
      iconType="search"
      color="subdued"
      title={<h2>{i18n.NOT_FOUND_TITLE}</h2>}
      body={<p>{i18n.NOT_FOUND_BODY}</p>}
      actions={<EuiButton {...backLinkProps}>{i18n.BACK_TO_QUEUE}</EuiButton>}
      data-test-subj="simpleHttpInvestigationReviewNotFound"
    />
  );
};

/** Renders the review of one alert's investigation: evidence, steps, verdict and review buttons. */
export const ReviewInvestigationPage = ({ alertId }: ReviewInvestigationPageProps) => {
  const { state } = useLocation();
  const reviewSearch = readReviewSearch(state);
  const evidence = useAlertEvidence(alertId);
  const review = useReviewInvestigation(alertId);
  const { refetch: refetchEvidence } = evidence;
  const { replace } = review;

  useBreadcrumbs([
    { text: i18n.REVIEW_BREADCRUMB, path: `/review${reviewSearch}` },
    { text: evidence.data?.alert.rule.name ?? i18n.ALERT_BREADCRUMB },
  ]);

  // Approval can close the alert, so the header loads the alert's workflow status again.
  const onUpdated = useCallback(
    (investigation: Investigation) => {
      replace(investigation);
      refetchEvidence();
    },
    [replace, refetchEvidence]
  );

  if (evidence.data && review.investigation) {
    return (
      <EuiPageTemplate restrictWidth={false} data-test-subj={PAGE_TEST_SUBJ}>
        <ReviewInvestigationContent
          evidence={evidence.data}
          investigation={review.investigation}
          reviewSearch={reviewSearch}
          onUpdated={onUpdated}
        />
      </EuiPageTemplate>
    );
  }

  const error = evidence.error ?? review.error;
  let content;

  if (error?.statusCode === 404) {
    content = <NotFound reviewSearch={reviewSearch} />;
  } else if (error) {
    content = (
      <ApiErrorCallout
        title={i18n.LOAD_ERROR_TITLE}
        error={error}
        onRetry={evidence.error ? evidence.refetch : review.refetch}
        data-test-subj="simpleHttpInvestigationReviewLoadError"
      />
    );
  } else {
    content = (
      <EuiFlexGroup justifyContent="center">
        <EuiLoadingSpinner size="xl" data-test-subj="simpleHttpInvestigationReviewLoading" />
      </EuiFlexGroup>
    );
  }

  return (
    <EuiPageTemplate restrictWidth={false} data-test-subj={PAGE_TEST_SUBJ}>
      <EuiPageTemplate.Section>{content}</EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
};
