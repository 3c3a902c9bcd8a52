import { EuiBadge, useEuiTheme } from '@elastic/eui';

import { SEVERITY_LABELS, SEVERITY_UNKNOWN } from './translations';

export interface SeverityBadgeProps {
  severity: string | null;
}

/** Renders the alert's severity, coloured with the theme's severity palette. */
export const SeverityBadge = ({ severity }: SeverityBadgeProps) => {
  const { euiTheme } = useEuiTheme();
  const colors = euiTheme.colors.severity;
  const colorBySeverity: Record<string, string> = {
    low: colors.neutral,
    medium: colors.warning,
    high: colors.risk,
    critical: colors.danger,
  };
  const label = severity === null ? SEVERITY_UNKNOWN : (SEVERITY_LABELS[severity] ?? severity);
  const color = severity === null ? colors.unknown : (colorBySeverity[severity] ?? colors.unknown);

  const dataTestSubj = `simpleHttpInvestigationSeverity-${severity ?? 'unknown'}`;

  return (
    <EuiBadge color={color} data-test-subj={dataTestSubj}>
      {label}
    </EuiBadge>
  );
};
