import { EuiDescriptionList, EuiText } from '@elastic/eui';

import type { VerdictFields } from '../../lib/investigation_edits';
import { FALSE_POSITIVE_CATEGORY_LABELS, VERDICT_LABELS } from '../badges/translations';
import { EmptyValue } from '../empty_value/empty_value';
import * as i18n from './translations';

export interface VerdictSummaryProps {
  values: VerdictFields;
}

/** Renders the verdict, false positive category and closing reason read-only. */
export const VerdictSummary = ({ values }: VerdictSummaryProps) => {
  const { verdict, false_positive_category: category, closing_reason: closingReason } = values;

  const listItems = [
    {
      title: i18n.VERDICT_LABEL,
      description: (
        <span data-test-subj="simpleHttpInvestigationVerdictValue">
          {verdict === null ? i18n.NO_VERDICT : VERDICT_LABELS[verdict]}
        </span>
      ),
    },
  ];

  if (category !== null) {
    listItems.push({
      title: i18n.CATEGORY_LABEL,
      description: <span>{FALSE_POSITIVE_CATEGORY_LABELS[category]}</span>,
    });
  }

  listItems.push({
    title: i18n.CLOSING_REASON_LABEL,
    description: closingReason?.trim() ? (
      <EuiText size="s">
        <p css={{ whiteSpace: 'pre-wrap' }}>{closingReason}</p>
      </EuiText>
    ) : (
      <EmptyValue />
    ),
  });

  return (
    <EuiDescriptionList
      type="column"
      compressed
      listItems={listItems}
      columnWidths={[1, 2]}
      data-test-subj="simpleHttpInvestigationVerdictSummary"
    />
  );
};
