import { i18n } from '../../i18n';

export const SEVERITY_LABELS: Record<string, string> = {
  low: i18n.translate('simpleHttpInvestigation.badges.severityLow', { defaultMessage: 'Low' }),
  medium: i18n.translate('simpleHttpInvestigation.badges.severityMedium', {
    defaultMessage: 'Medium',
  }),
  high: i18n.translate('simpleHttpInvestigation.badges.severityHigh', { defaultMessage: 'High' }),
  critical: i18n.translate('simpleHttpInvestigation.badges.severityCritical', {
    defaultMessage: 'Critical',
  }),
};

export const SEVERITY_UNKNOWN = i18n.translate('simpleHttpInvestigation.badges.severityUnknown', {
  defaultMessage: 'Unknown severity',
});

export const WORKFLOW_STATUS_LABELS: Record<string, string> = {
  open: i18n.translate('simpleHttpInvestigation.badges.statusOpen', { defaultMessage: 'Open' }),
  acknowledged: i18n.translate('simpleHttpInvestigation.badges.statusAcknowledged', {
    defaultMessage: 'Acknowledged',
  }),
  closed: i18n.translate('simpleHttpInvestigation.badges.statusClosed', {
    defaultMessage: 'Closed',
  }),
};

export const ADDRESS_KIND_LABELS: Record<string, string> = {
  loopback: i18n.translate('simpleHttpInvestigation.badges.addressLoopback', {
    defaultMessage: 'Loopback',
  }),
  private: i18n.translate('simpleHttpInvestigation.badges.addressPrivate', {
    defaultMessage: 'Private',
  }),
  public: i18n.translate('simpleHttpInvestigation.badges.addressPublic', {
    defaultMessage: 'Public',
  }),
};

export const ADDRESS_KIND_TOOLTIPS: Record<string, string> = {
  loopback: i18n.translate('simpleHttpInvestigation.badges.addressLoopbackTooltip', {
    defaultMessage: 'A loopback address: the connection came from the host itself.',
  }),
  private: i18n.translate('simpleHttpInvestigation.badges.addressPrivateTooltip', {
    defaultMessage:
      'A private or link-local address: the connection came from an internal network.',
  }),
  public: i18n.translate('simpleHttpInvestigation.badges.addressPublicTooltip', {
    defaultMessage: 'A public address: the connection came from outside the internal networks.',
  }),
};

export const riskScoreLabel = (riskScore: number) =>
  i18n.translate('simpleHttpInvestigation.badges.riskScore', {
    defaultMessage: 'Risk score {riskScore}',
    values: { riskScore },
  });
