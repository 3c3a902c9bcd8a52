import { useMemo, useState } from 'react';
import { EuiButton, EuiPageTemplate, EuiSpacer } from '@elastic/eui';

import type { ExceptionRecord } from '../../../common/api/exceptions';
import { ApiErrorCallout } from '../../components/api_error_callout/api_error_callout';
import { ExceptionFlyout } from '../../components/exception_flyout/exception_flyout';
import { ExceptionsFilters } from '../../components/exceptions_filters/exceptions_filters';
import { ExceptionsTable } from '../../components/exceptions_table/exceptions_table';
import {
  MissingPrivilegeTooltip,
} from '../../components/missing_privilege_tooltip/missing_privilege_tooltip';
import {
  getExceptionsColumns,
  getProposalsColumns,
} from '../../components/exceptions_table/exceptions_table_columns';
import {
  EXCEPTIONS_CAPTION,
  PROPOSALS_CAPTION,
} from '../../components/exceptions_table/translations';
import { useAppNavTabs } from '../../hooks/use_app_nav_tabs';
import { useBreadcrumbs } from '../../hooks/use_breadcrumbs';
import { useCapabilities } from '../../hooks/use_capabilities';
import { useExceptions } from '../../hooks/use_exceptions';
import { useExceptionsPageQuery } from '../../hooks/use_exceptions_page_query';
import { toExceptionsRequest, type ExceptionsPageQuery } from '../../lib/exceptions_page_query';
import { ExceptionsEmptyPrompt } from './exceptions_empty_prompt';
import { ExceptionsViewTabs } from './exceptions_view_tabs';
import * as i18n from './translations';

/** The flyout's subject: a record to edit or review, or `new` to create one. */
type FlyoutSubject = ExceptionRecord | 'new' | null;

const hasFilters = (query: ExceptionsPageQuery): boolean =>
  Boolean((query.view === 'exceptions' && query.status) || query.category || query.search);

/** Renders the exceptions of the space and the queue of proposals waiting for an admin. */
export const ExceptionsPage = () => {
  const { query, updateQuery } = useExceptionsPageQuery();
  const { data, error, loading, refetch } = useExceptions(toExceptionsRequest(query));
  const navTabs = useAppNavTabs('exceptions');
  const { canManageExceptions } = useCapabilities();
  const [subject, setSubject] = useState<FlyoutSubject>(null);
  const isProposals = query.view === 'proposals';

  useBreadcrumbs([{ text: i18n.BREADCRUMB }]);

  const columns = useMemo(
    () => (isProposals ? getProposalsColumns(setSubject) : getExceptionsColumns(setSubject)),
    [isProposals]
  );
  const filtered = hasFilters(query);
  const closeFlyout = () => setSubject(null);
  const afterWrite = () => {
    setSubject(null);
    refetch();
  };

  const emptyPrompt = loading ? (
    i18n.LOADING
  ) : (
    <ExceptionsEmptyPrompt
      view={query.view}
      filtered={filtered}
      onClearFilters={() =>
        updateQuery({ status: undefined, category: undefined, search: undefined })
      }
    />
  );

  return (
    <EuiPageTemplate restrictWidth={false} data-test-subj="simpleHttpInvestigationExceptionsPage">
      <EuiPageTemplate.Header
        pageTitle={i18n.PAGE_TITLE}
        description={i18n.PAGE_DESCRIPTION}
        tabs={navTabs}
        rightSideItems={[
          <MissingPrivilegeTooltip
            key="create"
            action="manageExceptions"
            allowed={canManageExceptions}
          >
            <EuiButton
              fill
              iconType="plusInCircle"
              isDisabled={!canManageExceptions}
              onClick={() => setSubject('new')}
              data-test-subj="simpleHttpInvestigationCreateExceptionButton"
            >
              {i18n.CREATE}
            </EuiButton>
          </MissingPrivilegeTooltip>,
        ]}
      />
      <EuiPageTemplate.Section>
        <ExceptionsViewTabs
          view={query.view}
          proposedTotal={data?.proposed_total}
          onChange={(view) => updateQuery({ view })}
        />
        <EuiSpacer size="m" />
        <ExceptionsFilters query={query} onChange={updateQuery} onRefresh={refetch} />
        <EuiSpacer size="m" />
        {error && (
          <>
            <ApiErrorCallout
              title={data ? i18n.STALE_RESULTS_TITLE : i18n.LOAD_ERROR_TITLE}
              error={error}
              onRetry={refetch}
              data-test-subj="simpleHttpInvestigationExceptionsError"
            />
            <EuiSpacer size="m" />
          </>
        )}
        {(data || !error) && (
          <ExceptionsTable
            caption={isProposals ? PROPOSALS_CAPTION : EXCEPTIONS_CAPTION}
            columns={columns}
            exceptions={data?.exceptions ?? []}
            total={data?.total ?? 0}
            query={query}
            loading={loading}
            noItemsMessage={emptyPrompt}
            onChange={updateQuery}
            data-test-subj={
              isProposals
                ? 'simpleHttpInvestigationProposalsTable'
                : 'simpleHttpInvestigationExceptionsTable'
            }
          />
        )}
      </EuiPageTemplate.Section>
      {subject !== null && (
        <ExceptionFlyout
          key={subject === 'new' ? 'new' : `${subject.id}@${subject.version}`}
          exception={subject === 'new' ? null : subject}
          onClose={closeFlyout}
          onSaved={afterWrite}
          onDeleted={afterWrite}
        />
      )}
    </EuiPageTemplate>
  );
};
