import { useCallback } from 'react';
import { useHistory, useLocation } from 'react-router-dom';
import { EuiPageTemplate, EuiSpacer } from '@elastic/eui';

import type { AlertListItem } from '../../../common/api/alerts';
import { parseDateMath } from '../../../common/date_math';
import { AlertsEmptyPrompt } from '../../components/alerts_empty_prompt/alerts_empty_prompt';
import { AlertsFilters } from '../../components/alerts_filters/alerts_filters';
import { AlertsTable } from '../../components/alerts_table/alerts_table';
import { LOADING_ALERTS } from '../../components/alerts_table/translations';
import { ApiErrorCallout } from '../../components/api_error_callout/api_error_callout';
import { useAlerts } from '../../hooks/use_alerts';
import { useAlertsPageQuery } from '../../hooks/use_alerts_page_query';
import { useAppNavTabs } from '../../hooks/use_app_nav_tabs';
import { useBreadcrumbs } from '../../hooks/use_breadcrumbs';
import type { AlertsPageQuery } from '../../lib/alerts_page_query';
import { investigationPath } from '../../lib/app_location_state';
import * as i18n from './translations';

const WIDE_RANGE_START = 'now-90d';
const WIDE_RANGE_MS = 90 * 24 * 60 * 60 * 1000;

const coversWideRange = ({ start, end }: AlertsPageQuery): boolean => {
  const startDate = parseDateMath(start);
  const endDate = parseDateMath(end, true);

  if (startDate === null || endDate === null) {
    return false;
  }

  return endDate.getTime() - startDate.getTime() >= WIDE_RANGE_MS;
};

const hasFilters = (query: AlertsPageQuery): boolean =>
  Boolean(
    query.status ||
      query.rule_id ||
      query.host ||
      query.user ||
      query.search ||
      query.investigation_status ||
      query.assignee ||
      query.exceptions
  );

/** Renders the list of alerts with filters, server-side sorting and paging. */
export const AlertsPage = () => {
  const history = useHistory();
  const { search } = useLocation();
  const { query, updateQuery } = useAlertsPageQuery();
  const { data, error, loading, refetch } = useAlerts(query);
  const navTabs = useAppNavTabs('alerts');

  useBreadcrumbs([]);

  const openAlert = useCallback(
    (alert: AlertListItem) =>
      history.push({ pathname: investigationPath(alert.id), state: { alertsSearch: search } }),
    [history, search]
  );

  const widenRange = () => updateQuery({ start: WIDE_RANGE_START, end: 'now' });
  const clearFilters = () =>
    updateQuery({
      status: undefined,
      rule_id: undefined,
      host: undefined,
      user: undefined,
      search: undefined,
      investigation_status: undefined,
      assignee: undefined,
      exceptions: undefined,
    });

  const emptyPrompt = loading ? (
    LOADING_ALERTS
  ) : (
    <AlertsEmptyPrompt
      hasFilters={hasFilters(query)}
      onWidenRange={coversWideRange(query) ? undefined : widenRange}
      onClearFilters={clearFilters}
    />
  );

  return (
    <EuiPageTemplate restrictWidth={false} data-test-subj="simpleHttpInvestigationAlertsPage">
      <EuiPageTemplate.Header
        pageTitle={i18n.PAGE_TITLE}
        description={i18n.PAGE_DESCRIPTION}
        tabs={navTabs}
      />
      <EuiPageTemplate.Section>
        <AlertsFilters
          query={query}
          isLoading={loading}
          onChange={updateQuery}
          onRefresh={refetch}
        />
        <EuiSpacer size="m" />
        {error && (
          <>
            <ApiErrorCallout
              title={data ? i18n.STALE_RESULTS_TITLE : i18n.LOAD_ERROR_TITLE}
              error={error}
              onRetry={refetch}
              data-test-subj="simpleHttpInvestigationAlertsError"
            />
            <EuiSpacer size="m" />
          </>
        )}
        {(data || !error) && (
          <AlertsTable
            alerts={data?.alerts ?? []}
            total={data?.total ?? 0}
            query={query}
            loading={loading}
            noItemsMessage={emptyPrompt}
            alertsSearch={search}
            onChange={updateQuery}
            onOpenAlert={openAlert}
          />
        )}
      </EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
};
