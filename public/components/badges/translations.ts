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

export const INVESTIGATION_STATUS_LABELS: Record<string, string> = {
  in_progress: i18n.translate('simpleHttpInvestigation.badges.investigationInProgress', {
    defaultMessage: 'In progress',
  }),
  submitted: i18n.translate('simpleHttpInvestigation.badges.investigationSubmitted', {
    defaultMessage: 'Submitted',
  }),
  approved: i18n.translate('simpleHttpInvestigation.badges.investigationApproved', {
    defaultMessage: 'Approved',
  }),
  returned: i18n.translate('simpleHttpInvestigation.badges.investigationReturned', {
    defaultMessage: 'Returned',
  }),
};

export const INVESTIGATION_NOT_STARTED = i18n.translate(
  'simpleHttpInvestigation.badges.investigationNotStarted',
  { defaultMessage: 'Not started' }
);

export const VERDICT_LABELS: Record<string, string> = {
  true_positive: i18n.translate('simpleHttpInvestigation.badges.verdictTruePositive', {
    defaultMessage: 'True positive',
  }),
  false_positive: i18n.translate('simpleHttpInvestigation.badges.verdictFalsePositive', {
    defaultMessage: 'False positive',
  }),
  benign_true_positive: i18n.translate('simpleHttpInvestigation.badges.verdictBenign', {
    defaultMessage: 'Benign true positive',
  }),
  undetermined: i18n.translate('simpleHttpInvestigation.badges.verdictUndetermined', {
    defaultMessage: 'Undetermined',
  }),
};

export const FALSE_POSITIVE_CATEGORY_LABELS: Record<string, string> = {
  development_or_testing: i18n.translate('simpleHttpInvestigation.badges.categoryDevelopment', {
    defaultMessage: 'Development or testing',
  }),
  automation_or_cron: i18n.translate('simpleHttpInvestigation.badges.categoryAutomation', {
    defaultMessage: 'Automation or cron job',
  }),
  training: i18n.translate('simpleHttpInvestigation.badges.categoryTraining', {
    defaultMessage: 'Training',
  }),
  internal_tool: i18n.translate('simpleHttpInvestigation.badges.categoryInternalTool', {
    defaultMessage: 'Internal tool',
  }),
  temporary_project: i18n.translate('simpleHttpInvestigation.badges.categoryTemporaryProject', {
    defaultMessage: 'Temporary project',
  }),
  other: i18n.translate('simpleHttpInvestigation.badges.categoryOther', {
    defaultMessage: 'Other',
  }),
};
