import { EuiButtonEmpty, EuiEmptyPrompt } from '@elastic/eui';

import type { ExceptionsView } from '../../lib/exceptions_page_query';
import * as i18n from './translations';

export interface ExceptionsEmptyPromptProps {
  view: ExceptionsView;
  filtered: boolean;
  onClearFilters: () => void;
}

const TEXT_BY_VIEW = {
  exceptions: { title: i18n.EMPTY_TITLE, body: i18n.EMPTY_BODY },
  proposals: { title: i18n.NO_PROPOSALS_TITLE, body: i18n.NO_PROPOSALS_BODY },
} as const;

/** Says why the table is empty: no exceptions or proposals yet, or none matching the filters. */
export const ExceptionsEmptyPrompt = ({
  view,
  filtered,
  onClearFilters,
}: ExceptionsEmptyPromptProps) => {
  const text = filtered
    ? { title: i18n.NO_MATCHES_TITLE, body: i18n.NO_MATCHES_BODY }
    : TEXT_BY_VIEW[view];

  return (
    <EuiEmptyPrompt
      iconType={filtered ? 'search' : 'eyeClosed'}
      titleSize="xs"
      title={<h3>{text.title}</h3>}
      body={<p>{text.body}</p>}
      actions={
        filtered ? (
          <EuiButtonEmpty
            size="s"
            onClick={onClearFilters}
            data-test-subj="simpleHttpInvestigationExceptionsClearFilters"
          >
            {i18n.CLEAR_FILTERS}
          </EuiButtonEmpty>
        ) : undefined
      }
      data-test-subj="simpleHttpInvestigationExceptionsEmptyPrompt"
    />
  );
};
