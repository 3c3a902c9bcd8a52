import { EuiCallOut, EuiSpacer } from '@elastic/eui';

import type { ExceptionListItemSync } from '../../../common/api/exceptions';
import { RULE_NAMES } from '../alerts_filters/translations';
import * as i18n from './translations';

export interface ExceptionListItemsCalloutProps {
  /** Rule exception list items written for the exception. The standalone host writes none. */
  items: readonly ExceptionListItemSync[];
}

const ruleNameOf = (ruleId: string): string => RULE_NAMES[ruleId] ?? ruleId;

/**
 * Shows whether the exception reached its rules' default exception lists inside Kibana. A
 * failed item means the rule keeps alerting, so it renders a warning with each rule's reason.
 */
export const ExceptionListItemsCallout = ({ items }: ExceptionListItemsCalloutProps) => {
  if (items.length === 0) {
    return null;
  }

  const failed = items.filter((item) => item.status === 'failed');
  if (failed.length > 0) {
    return (
      <>
        <EuiCallOut
          title={i18n.FAILED_TITLE}
          color="warning"
          iconType="warning"
          size="s"
          data-test-subj="simpleHttpInvestigationExceptionListItemsFailed"
        >
          <p>{i18n.FAILED_BODY}</p>
          <ul>
            {failed.map((item) => (
              <li key={item.rule_id}>
                {i18n.ruleLine(ruleNameOf(item.rule_id), item.message ?? '')}
              </li>
            ))}
          </ul>
        </EuiCallOut>
        <EuiSpacer size="m" />
      </>
    );
  }

  return (
    <>
      <EuiCallOut
        title={i18n.SYNCED_TITLE}
        color="success"
        iconType="check"
        size="s"
        data-test-subj="simpleHttpInvestigationExceptionListItemsSynced"
      >
        <ul>
          {items.map((item) => (
            <li key={item.rule_id}>{i18n.syncedLine(ruleNameOf(item.rule_id), item.item_id)}</li>
          ))}
        </ul>
      </EuiCallOut>
      <EuiSpacer size="m" />
    </>
  );
};
