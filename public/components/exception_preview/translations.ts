import { i18n } from '../../i18n';

export const TITLE = i18n.translate('simpleHttpInvestigation.exceptionPreview.title', {
  defaultMessage: 'Preview',
});

export const DESCRIPTION = i18n.translate('simpleHttpInvestigation.exceptionPreview.description', {
  defaultMessage:
    'Runs the rules and entries of the draft on past alerts, to show what the exception would hide.',
});

export const PERIOD_LABEL = i18n.translate('simpleHttpInvestigation.exceptionPreview.periodLabel', {
  defaultMessage: 'Last',
});

export const PERIOD_LABELS: Record<string, string> = {
  'now-24h': i18n.translate('simpleHttpInvestigation.exceptionPreview.period24h', {
    defaultMessage: '24 hours',
  }),
  'now-7d': i18n.translate('simpleHttpInvestigation.exceptionPreview.period7d', {
    defaultMessage: '7 days',
  }),
  'now-30d': i18n.translate('simpleHttpInvestigation.exceptionPreview.period30d', {
    defaultMessage: '30 days',
  }),
  'now-90d': i18n.translate('simpleHttpInvestigation.exceptionPreview.period90d', {
    defaultMessage: '90 days',
  }),
};

export const RUN = i18n.translate('simpleHttpInvestigation.exceptionPreview.run', {
  defaultMessage: 'Preview matches',
});

export const CANNOT_RUN = i18n.translate('simpleHttpInvestigation.exceptionPreview.cannotRun', {
  defaultMessage: 'Fix the rules and entries above to preview the draft.',
});

export const ERROR_TITLE = i18n.translate('simpleHttpInvestigation.exceptionPreview.errorTitle', {
  defaultMessage: 'Could not preview the draft',
});

export const STALE = i18n.translate('simpleHttpInvestigation.exceptionPreview.stale', {
  defaultMessage: 'The draft or period changed since this preview. Run it again to update it.',
});

export const matchedOfTotal = (matched: number, total: number) =>
  i18n.translate('simpleHttpInvestigation.exceptionPreview.matchedOfTotal', {
    defaultMessage:
      'Matches {matched} of {total, plural, one {# alert} other {# alerts}} of the selected rules in the period.',
    values: { matched, total },
  });

export const sampleCaption = (shown: number, matched: number) =>
  i18n.translate('simpleHttpInvestigation.exceptionPreview.sampleCaption', {
    defaultMessage: 'The newest {shown} of {matched} matched alerts',
    values: { shown, matched },
  });

export const truePositiveWarning = (count: number) =>
  i18n.translate('simpleHttpInvestigation.exceptionPreview.truePositiveWarning', {
    defaultMessage:
      'Would hide {count, plural, one {# alert} other {# alerts}} confirmed as true positives',
    values: { count },
  });

export const TRUE_POSITIVE_BODY = i18n.translate(
  'simpleHttpInvestigation.exceptionPreview.truePositiveBody',
  {
    defaultMessage:
      'Analysts found these alerts to be attacks. Narrow the entries unless the servers are benign now:',
  }
);

export const COLUMN_TIME = i18n.translate('simpleHttpInvestigation.exceptionPreview.columnTime', {
  defaultMessage: 'Time',
});

export const COLUMN_HOST = i18n.translate('simpleHttpInvestigation.exceptionPreview.columnHost', {
  defaultMessage: 'Host',
});

export const COLUMN_USER = i18n.translate('simpleHttpInvestigation.exceptionPreview.columnUser', {
  defaultMessage: 'User',
});

export const COLUMN_COMMAND_LINE = i18n.translate(
  'simpleHttpInvestigation.exceptionPreview.columnCommandLine',
  { defaultMessage: 'Command line' }
);

export const NO_MATCHES = i18n.translate('simpleHttpInvestigation.exceptionPreview.noMatches', {
  defaultMessage: 'The draft matches no alert in the period.',
});
