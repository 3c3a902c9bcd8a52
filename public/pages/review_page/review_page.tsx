import { useLocation } from 'react-router-dom';
import { EuiButtonEmpty, EuiEmptyPrompt, EuiPageTemplate, EuiSpacer } from '@elastic/eui';

import { ApiErrorCallout } from '../../components/api_error_callout/api_error_callout';
import { ReviewFilters } from '../../components/review_filters/review_filters';
import { ReviewQueueTable } from '../../components/review_queue_table/review_queue_table';
import { useAppNavTabs } from '../../hooks/use_app_nav_tabs';
import { useBreadcrumbs } from '../../hooks/use_breadcrumbs';
import { useInvestigations } from '../../hooks/use_investigations';
import { useReviewPageQuery } from '../../hooks/use_review_page_query';
import {
  DEFAULT_REVIEW_PAGE_QUERY,
  toInvestigationsRequest,
  type ReviewPageQuery,
} from '../../lib/review_page_query';
import * as i18n from './translations';

const hasExtraFilters = (query: ReviewPageQuery): boolean =>
  Boolean(query.analyst || query.verdict || query.rule_id || query.host || query.start);

/** Renders the review queue: investigations by status, the submitted ones by default. */
export const ReviewPage = () => {
  const { search } = useLocation();
  const { query, updateQuery } = useReviewPageQuery();
  const { data, error, loading, refetch } = useInvestigations(toInvestigationsRequest(query));
  const navTabs = useAppNavTabs('review');

  useBreadcrumbs([{ text: i18n.BREADCRUMB }]);

  const filtered = hasExtraFilters(query) || query.status !== DEFAULT_REVIEW_PAGE_QUERY.status;
  const clearFilters = () =>
    updateQuery({
      status: DEFAULT_REVIEW_PAGE_QUERY.status,
      analyst: undefined,
      verdict: undefined,
      rule_id: undefined,
      host: undefined,
      start: undefined,
    });

  const emptyPrompt = loading ? (
    i18n.LOADING
  ) : (
    <EuiEmptyPrompt
      iconType={filtered ? 'search' : 'checkInCircleFilled'}
      titleSize="xs"
      title={<h3>{filtered ? i18n.NO_MATCHES_TITLE : i18n.QUEUE_EMPTY_TITLE}</h3>}
      body={<p>{filtered ? i18n.NO_MATCHES_BODY : i18n.QUEUE_EMPTY_BODY}</p>}
      actions={
        filtered ? (
          <EuiButtonEmpty
            size="s"
            onClick={clearFilters}
            data-test-subj="simpleHttpInvestigationReviewClearFilters"
          >
            {i18n.CLEAR_FILTERS}
          </EuiButtonEmpty>
        ) : undefined
      }
      data-test-subj="simpleHttpInvestigationReviewEmptyPrompt"
    />
  );

  return (
    <EuiPageTemplate restrictWidth={false} data-test-subj="simpleHttpInvestigationReviewPage">
      <EuiPageTemplate.Header
        pageTitle={i18n.PAGE_TITLE}
        description={i18n.PAGE_DESCRIPTION}
        tabs={navTabs}
      />
      <EuiPageTemplate.Section>
        <ReviewFilters query={query} onChange={updateQuery} onRefresh={refetch} />
        <EuiSpacer size="m" />
        {error && (
          <>
            <ApiErrorCallout
              title={data ? i18n.STALE_RESULTS_TITLE : i18n.LOAD_ERROR_TITLE}
              error={error}
              onRetry={refetch}
              data-test-subj="simpleHttpInvestigationReviewQueueError"
            />
            <EuiSpacer size="m" />
          </>
        )}
        {(data || !error) && (
          <ReviewQueueTable
            investigations={data?.investigations ?? []}
            total={data?.total ?? 0}
            query={query}
            loading={loading}
            noItemsMessage={emptyPrompt}
            reviewSearch={search}
            onChange={updateQuery}
          />
        )}
      </EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
};
