import { i18n } from '../../i18n';

export const UNSAVED = i18n.translate('simpleHttpInvestigation.investigationStatus.unsaved', {
  defaultMessage: 'Unsaved changes',
});

export const SAVING = i18n.translate('simpleHttpInvestigation.investigationStatus.saving', {
  defaultMessage: 'Saving…',
});

export const savedAt = (time: string) =>
  i18n.translate('simpleHttpInvestigation.investigationStatus.savedAt', {
    defaultMessage: 'Saved at {time}',
    values: { time },
  });

export const lastSaved = (time: string) =>
  i18n.translate('simpleHttpInvestigation.investigationStatus.lastSaved', {
    defaultMessage: 'Last saved {time}',
    values: { time },
  });

export const NOTHING_SAVED = i18n.translate(
  'simpleHttpInvestigation.investigationStatus.nothingSaved',
  { defaultMessage: 'Nothing saved yet' }
);

export const saveFailed = (message: string) =>
  i18n.translate('simpleHttpInvestigation.investigationStatus.saveFailed', {
    defaultMessage: 'Not saved: {message}',
    values: { message },
  });

export const SAVE_CONFLICT = i18n.translate(
  'simpleHttpInvestigation.investigationStatus.saveConflict',
  { defaultMessage: 'Not saved: the investigation changed on the server' }
);

export const RETRY = i18n.translate('simpleHttpInvestigation.investigationStatus.retry', {
  defaultMessage: 'Retry',
});

export const CONFLICT_TITLE = i18n.translate(
  'simpleHttpInvestigation.investigationStatus.conflictTitle',
  { defaultMessage: 'Someone else changed this investigation' }
);

export const conflictDetails = (values: { author: string; time: string; status: string }) =>
  i18n.translate('simpleHttpInvestigation.investigationStatus.conflictDetails', {
    defaultMessage: 'The saved version is from {time}, last changed by {author}. Status: {status}.',
    values,
  });

export const CONFLICT_UNSAVED = i18n.translate(
  'simpleHttpInvestigation.investigationStatus.conflictUnsaved',
  {
    defaultMessage:
      'Your latest changes are not saved. Reload to see the saved version; your unsaved changes are then discarded.',
  }
);

export const CONFLICT_NO_EDITS = i18n.translate(
  'simpleHttpInvestigation.investigationStatus.conflictNoEdits',
  { defaultMessage: 'Reload to see the saved version before you change anything else.' }
);

export const CONFLICT_RELOAD = i18n.translate(
  'simpleHttpInvestigation.investigationStatus.conflictReload',
  { defaultMessage: 'Reload' }
);

export const DISCARD_TITLE = i18n.translate(
  'simpleHttpInvestigation.investigationStatus.discardTitle',
  { defaultMessage: 'Discard unsaved changes?' }
);

export const DISCARD_BODY = i18n.translate(
  'simpleHttpInvestigation.investigationStatus.discardBody',
  {
    defaultMessage:
      'The page shows the saved version and your unsaved ticks, notes and fields are lost.',
  }
);

export const DISCARD_CONFIRM = i18n.translate(
  'simpleHttpInvestigation.investigationStatus.discardConfirm',
  { defaultMessage: 'Discard and reload' }
);

export const returnedTitle = (author: string, time: string) =>
  i18n.translate('simpleHttpInvestigation.investigationStatus.returnedTitle', {
    defaultMessage: 'Returned by {author} on {time} with changes to make',
    values: { author, time },
  });

export const REVIEW_COMMENTS = i18n.translate(
  'simpleHttpInvestigation.investigationStatus.reviewComments',
  { defaultMessage: 'Review comments' }
);

export const APPROVED_EVENT = i18n.translate(
  'simpleHttpInvestigation.investigationStatus.approvedEvent',
  { defaultMessage: 'approved the investigation' }
);

export const RETURNED_EVENT = i18n.translate(
  'simpleHttpInvestigation.investigationStatus.returnedEvent',
  { defaultMessage: 'returned the investigation' }
);

export const startedBy = (analyst: string, time: string) =>
  i18n.translate('simpleHttpInvestigation.investigationStatus.startedBy', {
    defaultMessage: 'Started by {analyst} on {time}',
    values: { analyst, time },
  });

export const NOT_STARTED_HINT = i18n.translate(
  'simpleHttpInvestigation.investigationStatus.notStartedHint',
  {
    defaultMessage:
      'Not started. Your first tick, note or verdict starts the investigation in your name.',
  }
);

export const START = i18n.translate('simpleHttpInvestigation.investigationStatus.start', {
  defaultMessage: 'Start investigation',
});

export const ASSIGNEE_LABEL = i18n.translate(
  'simpleHttpInvestigation.investigationStatus.assigneeLabel',
  { defaultMessage: 'Assignee' }
);

export const ASSIGNEE_PLACEHOLDER = i18n.translate(
  'simpleHttpInvestigation.investigationStatus.assigneePlaceholder',
  { defaultMessage: 'User name, or empty for nobody' }
);

export const submittedNote = (time: string) =>
  i18n.translate('simpleHttpInvestigation.investigationStatus.submittedNote', {
    defaultMessage: 'Submitted on {time}. It stays read-only until a lead reviews it.',
    values: { time },
  });

export const approvedNote = (reviewer: string, time: string) =>
  i18n.translate('simpleHttpInvestigation.investigationStatus.approvedNote', {
    defaultMessage: 'Approved by {reviewer} on {time}.',
    values: { reviewer, time },
  });
