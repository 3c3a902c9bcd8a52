import { EuiToolTip, useEuiTheme } from '@elastic/eui';
import { css } from '@emotion/react';

import { EmptyValue } from '../empty_value/empty_value';

export interface CommandLineProps {
  value: string | null;
  /** Cut the text to one line with an ellipsis and show the whole value in a tooltip. */
  truncate?: boolean;
  'data-test-subj'?: string;
}

/** Renders a command line or path as text in the monospace font. */
export const CommandLine = ({
  value,
  truncate = false,
  'data-test-subj': dataTestSubj,
}: CommandLineProps) => {
  const { euiTheme } = useEuiTheme();

  if (value === null || value === '') {
    return <EmptyValue />;
  }

  const textCss = css`
    font-family: ${euiTheme.font.familyCode};
    /* Relative to the surrounding text, as EuiCode sizes inline code. */
    font-size: 0.9em;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  `;

  if (!truncate) {
    return (
      <span css={textCss} data-test-subj={dataTestSubj}>
        {value}
      </span>
    );
  }

  const truncatedCss = css`
    ${textCss};
    display: block;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  `;

  return (
    <EuiToolTip content={value} anchorProps={{ css: { maxWidth: '100%' } }}>
      <span css={truncatedCss} tabIndex={0} data-test-subj={dataTestSubj}>
        {value}
      </span>
    </EuiToolTip>
  );
};
