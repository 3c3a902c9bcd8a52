import { EuiCallOut, EuiSpacer, EuiText } from '@elastic/eui';

import * as i18n from './translations';

/** Splits the API's `[request body]: [name]: message; [entries.0.value]: message` into lines. */
const splitIssues = (message: string): string[] =>
  message
    .replace(/^\[request [a-z]+\]:\s*/, '')
    .split('; ')
    .map((issue) => issue.trim())
    .filter(Boolean);

export interface ServerErrorCalloutProps {
  message: string;
}

/** Shows why the server rejected the exception (HTTP 400), one problem a line. */
export const ServerErrorCallout = ({ message }: ServerErrorCalloutProps) => (
  <>
    <EuiCallOut
      color="danger"
      iconType="error"
      title={i18n.INVALID_TITLE}
      role="alert"
      data-test-subj="simpleHttpInvestigationExceptionServerError"
    >
      <EuiText size="s">
        <p>{i18n.INVALID_BODY}</p>
        <ul>
          {splitIssues(message).map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      </EuiText>
    </EuiCallOut>
    <EuiSpacer size="m" />
  </>
);
