import { EuiText } from '@elastic/eui';

import type { EntryDraft } from '../../lib/exception_draft';
import type { EntryErrors } from '../../lib/validate_exception_draft';
import * as i18n from './translations';

export interface EntryRowErrorsProps {
  entry: EntryDraft;
  /** 0-based position of the row. */
  index: number;
  errors: EntryErrors | undefined;
}

const ROW_PARTS = ['field', 'type', 'operator'] as const;

/** Lists the row's problems, each naming the entry by position and field. */
export const EntryRowErrors = ({ entry, index, errors }: EntryRowErrorsProps) => {
  if (!errors) {
    return null;
  }

  const describe = (part: keyof EntryErrors, message: string) =>
    i18n.entryError(index + 1, entry.field, i18n.ERROR_PARTS[part], message);
  const messages = [
    ...ROW_PARTS.flatMap((part) => {
      const message = errors[part];
      return message ? [describe(part, message)] : [];
    }),
    ...(errors.value ?? []).map((message) => describe('value', message)),
  ];

  return (
    <EuiText
      size="xs"
      color="danger"
      data-test-subj={`simpleHttpInvestigationEntryErrors-${index}`}
    >
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </EuiText>
  );
};
