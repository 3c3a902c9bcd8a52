import { EuiLink, EuiText } from '@elastic/eui';

import type { ExceptionRecord } from '../../../common/api/exceptions';
import type { ExceptionEntry } from '../../../common/exceptions/entries';
import { SUPPORTED_RULE_ID_OPTIONS } from '../../lib/alerts_page_query';
import { RULE_NAMES } from '../alerts_filters/translations';
import { formatEntry } from '../entry_builder/format_entry';
import * as i18n from './translations';

/** Renders the exception's name as a button that opens it in the flyout. */
export const NameCell = ({
  exception,
  onOpen,
}: {
  exception: ExceptionRecord;
  onOpen: (exception: ExceptionRecord) => void;
}) => (
  <EuiLink
    onClick={() => onOpen(exception)}
    aria-label={i18n.openLabel(exception.name)}
    data-test-subj={`simpleHttpInvestigationExceptionOpen-${exception.id}`}
  >
    {exception.name}
  </EuiLink>
);

/** Lists the entries one a line, as readable conditions. */
export const EntriesCell = ({ entries }: { entries: ExceptionEntry[] }) => (
  <EuiText size="xs">
    {entries.map((entry, index) => (
      <div key={index}>
        <code>{formatEntry(entry)}</code>
      </div>
    ))}
  </EuiText>
);

/** Names the rules, or shows "All three rules" when the exception applies to each. */
export const RulesCell = ({ ruleIds }: { ruleIds: string[] }) => {
  if (SUPPORTED_RULE_ID_OPTIONS.every((ruleId) => ruleIds.includes(ruleId))) {
    return <>{i18n.ALL_RULES}</>;
  }

  return (
    <EuiText size="xs">
      {ruleIds.map((ruleId) => (
        <div key={ruleId}>{RULE_NAMES[ruleId] ?? ruleId}</div>
      ))}
    </EuiText>
  );
};
