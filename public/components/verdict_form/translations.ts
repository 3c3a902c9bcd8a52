import { i18n } from '../../i18n';
import type { SubmitBlocker } from '../../lib/investigation_rules';

export const TITLE = i18n.translate('simpleHttpInvestigation.verdictForm.title', {
  defaultMessage: 'Verdict',
});

export const VERDICT_LABEL = i18n.translate('simpleHttpInvestigation.verdictForm.verdictLabel', {
  defaultMessage: 'Verdict',
});

export const VERDICT_PLACEHOLDER = i18n.translate(
  'simpleHttpInvestigation.verdictForm.verdictPlaceholder',
  { defaultMessage: 'Select a verdict' }
);

export const CATEGORY_LABEL = i18n.translate('simpleHttpInvestigation.verdictForm.categoryLabel', {
  defaultMessage: 'False positive category',
});

export const CATEGORY_PLACEHOLDER = i18n.translate(
  'simpleHttpInvestigation.verdictForm.categoryPlaceholder',
  { defaultMessage: 'Select why the activity is expected' }
);

export const CLOSING_REASON_LABEL = i18n.translate(
  'simpleHttpInvestigation.verdictForm.closingReasonLabel',
  { defaultMessage: 'Closing reason' }
);

export const CLOSING_REASON_HELP_REQUIRED = i18n.translate(
  'simpleHttpInvestigation.verdictForm.closingReasonHelpRequired',
  { defaultMessage: 'Required: the alert closes with this reason when a lead approves.' }
);

export const CLOSING_REASON_HELP_OPTIONAL = i18n.translate(
  'simpleHttpInvestigation.verdictForm.closingReasonHelpOptional',
  { defaultMessage: 'Optional for this verdict.' }
);

export const SUBMIT = i18n.translate('simpleHttpInvestigation.verdictForm.submit', {
  defaultMessage: 'Submit for review',
});

export const SUBMIT_READY = i18n.translate('simpleHttpInvestigation.verdictForm.submitReady', {
  defaultMessage: 'Saves any changes, then sends the investigation to a lead for review.',
});

export const NO_VERDICT = i18n.translate('simpleHttpInvestigation.verdictForm.noVerdict', {
  defaultMessage: 'No verdict yet',
});

export const BLOCKER_MESSAGES: Record<SubmitBlocker, string> = {
  status: i18n.translate('simpleHttpInvestigation.verdictForm.blockerStatus', {
    defaultMessage: 'Only an investigation in progress or returned can be submitted.',
  }),
  conflict: i18n.translate('simpleHttpInvestigation.verdictForm.blockerConflict', {
    defaultMessage: 'Someone else changed the investigation. Reload it first.',
  }),
  verdict_missing: i18n.translate('simpleHttpInvestigation.verdictForm.blockerVerdict', {
    defaultMessage: 'Select a verdict.',
  }),
  category_missing: i18n.translate('simpleHttpInvestigation.verdictForm.blockerCategory', {
    defaultMessage: 'A false positive or benign verdict needs a false positive category.',
  }),
  closing_reason_missing: i18n.translate(
    'simpleHttpInvestigation.verdictForm.blockerClosingReason',
    { defaultMessage: 'A false positive or benign verdict needs a closing reason.' }
  ),
  closing_reason_too_long: i18n.translate(
    'simpleHttpInvestigation.verdictForm.blockerClosingReasonLength',
    { defaultMessage: 'The closing reason is too long: at most 5000 characters.' }
  ),
};
