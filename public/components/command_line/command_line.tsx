import { Fragment } from 'react';
import { EuiToolTip, useEuiTheme } from '@elastic/eui';
import { css } from '@emotion/react';

import { EmptyValue } from '../empty_value/empty_value';

export interface CommandLineProps {
  value: string | null;
  /** Cut the text to one line with an ellipsis and show the whole value in a tooltip. */
  truncate?: boolean;
  /**
   * Let a path wrap after each `/` before the browser breaks inside a name. Ignored with
   * `truncate`.
   */
  wrapAtSlashes?: boolean;
  'data-test-subj'?: string;
}

/**
 * Splits `value` after each `/` with `<wbr>`, an optional line break that adds no text, so
 * copying the rendered path still gives the original string.
 */
const withBreaksAfterSlashes = (value: string) =>
  value.split(/(?<=\/)/).map((segment, index) => (
    // The segments never reorder, so their position is a stable key.
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {segment}
    </Fragment>
  ));

/** Renders a command line or path as text in the monospace font. */
export const CommandLine = ({
  value,
  truncate = false,
  wrapAtSlashes = false,
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
        {wrapAtSlashes ? withBreaksAfterSlashes(value) : value}
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
