import { useEffect, useState } from 'react';
import { EuiFieldText } from '@elastic/eui';

import * as i18n from './translations';

export interface AssigneeFieldProps {
  assignee: string | null;
  readOnly: boolean;
  onCommit: (assignee: string | null) => void;
}

/**
 * Renders a text field for the assignee's user name. It saves on Enter or when it loses
 * focus, so a half-typed name is never saved, and an empty field clears the assignee.
 */
export const AssigneeField = ({ assignee, readOnly, onCommit }: AssigneeFieldProps) => {
  const [draft, setDraft] = useState(assignee ?? '');

  // Follow the saved value when it changes underneath, for example after a reload.
  useEffect(() => setDraft(assignee ?? ''), [assignee]);

  const commit = () => {
    const next = draft.trim() || null;

    if (next !== assignee) {
      onCommit(next);
    }
  };

  return (
    <EuiFieldText
      value={draft}
      placeholder={i18n.ASSIGNEE_PLACEHOLDER}
      aria-label={i18n.ASSIGNEE_LABEL}
      prepend={i18n.ASSIGNEE_LABEL}
      readOnly={readOnly}
      compressed
      maxLength={256}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          commit();
        }
      }}
      data-test-subj="simpleHttpInvestigationAssigneeField"
    />
  );
};
