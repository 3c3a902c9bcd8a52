import { i18n } from '../../i18n';

export const LOAD_ERROR_TITLE = i18n.translate(
  'simpleHttpInvestigation.alertExceptions.loadErrorTitle',
  { defaultMessage: 'Could not load the exceptions of this alert' }
);

export const matchesTitle = (count: number) =>
  i18n.translate('simpleHttpInvestigation.alertExceptions.matchesTitle', {
    defaultMessage:
      '{count, plural, one {An active exception matches this alert} other {# active exceptions match this alert}}',
    values: { count },
  });

export const MATCHES_BODY = i18n.translate('simpleHttpInvestigation.alertExceptions.matchesBody', {
  defaultMessage:
    'These active exceptions apply to this alert. Each one names servers that an admin marked as benign.',
});

export const PROPOSALS_TITLE = i18n.translate(
  'simpleHttpInvestigation.alertExceptions.proposalsTitle',
  { defaultMessage: 'Exception proposals from this alert' }
);

export const PROPOSE_EXCEPTION = i18n.translate(
  'simpleHttpInvestigation.alertExceptions.proposeException',
  { defaultMessage: 'Propose exception' }
);

export const VERDICT_NOT_BENIGN = i18n.translate(
  'simpleHttpInvestigation.alertExceptions.verdictNotBenign',
  {
    defaultMessage:
      'Save the verdict false positive or benign true positive to propose an exception.',
  }
);

export const proposalWaiting = (name: string) =>
  i18n.translate('simpleHttpInvestigation.alertExceptions.proposalWaiting', {
    defaultMessage: 'The proposal "{name}" from this alert is waiting for an admin.',
    values: { name },
  });

export const EXCEPTIONS_LOADING = i18n.translate(
  'simpleHttpInvestigation.alertExceptions.exceptionsLoading',
  { defaultMessage: 'Checking for proposals from this alert…' }
);

export const NO_ENTRY_VALUES = i18n.translate(
  'simpleHttpInvestigation.alertExceptions.noEntryValues',
  {
    defaultMessage:
      'The evidence has no user, host, working directory, parent process or port to match on.',
  }
);

export const proposalName = (category: string, hostName: string | null) =>
  hostName === null
    ? category
    : i18n.translate('simpleHttpInvestigation.alertExceptions.proposalName', {
        defaultMessage: '{category} on {hostName}',
        values: { category, hostName },
      });

export const proposalReason = (verdict: string) =>
  i18n.translate('simpleHttpInvestigation.alertExceptions.proposalReason', {
    defaultMessage: 'The investigation of the alert ended with the verdict {verdict}.',
    values: { verdict },
  });

export const decidedBy = (user: string, time: string) =>
  i18n.translate('simpleHttpInvestigation.alertExceptions.decidedBy', {
    defaultMessage: 'Decided by {user} on {time}',
    values: { user, time },
  });

export const decisionComment = (comment: string) =>
  i18n.translate('simpleHttpInvestigation.alertExceptions.decisionComment', {
    defaultMessage: 'Comment: {comment}',
    values: { comment },
  });
