import { i18n } from '../../i18n';

export const TITLE = i18n.translate('simpleHttpInvestigation.checklists.title', {
  defaultMessage: 'Investigation guide',
});

export const guideSource = (ruleName: string, version: number | null) =>
  version === null
    ? i18n.translate('simpleHttpInvestigation.checklists.guideSource', {
        defaultMessage: 'Steps from the investigation guide of {ruleName}.',
        values: { ruleName },
      })
    : i18n.translate('simpleHttpInvestigation.checklists.guideSourceWithVersion', {
        defaultMessage: 'Steps from the investigation guide of {ruleName}, rule version {version}.',
        values: { ruleName, version },
      });

export const GUIDE_CHANGED = i18n.translate('simpleHttpInvestigation.checklists.guideChanged', {
  defaultMessage:
    "The rule's investigation guide changed since this investigation started, so some steps may differ.",
});

export const RESPONSE_ONLY = i18n.translate('simpleHttpInvestigation.checklists.responseOnly', {
  defaultMessage:
    'The investigation is approved as a true positive. Only the response steps can change until all are done.',
});

export const COPY_SUMMARY = i18n.translate('simpleHttpInvestigation.checklists.copySummary', {
  defaultMessage: 'Copy as text',
});

export const progress = (checked: number, total: number) =>
  i18n.translate('simpleHttpInvestigation.checklists.progress', {
    defaultMessage: '{checked} of {total}',
    values: { checked, total },
  });

export const progressLabel = (section: string) =>
  i18n.translate('simpleHttpInvestigation.checklists.progressLabel', {
    defaultMessage: 'Progress of {section}',
    values: { section },
  });

export const NO_STEPS = i18n.translate('simpleHttpInvestigation.checklists.noSteps', {
  defaultMessage: 'The investigation guide has no steps for this section.',
});

export const ADD_NOTE = i18n.translate('simpleHttpInvestigation.checklists.addNote', {
  defaultMessage: 'Add note',
});

export const EDIT_NOTE = i18n.translate('simpleHttpInvestigation.checklists.editNote', {
  defaultMessage: 'Edit note',
});

export const HIDE_NOTE = i18n.translate('simpleHttpInvestigation.checklists.hideNote', {
  defaultMessage: 'Hide note',
});

export const NOTE_LABEL = i18n.translate('simpleHttpInvestigation.checklists.noteTextLabel', {
  defaultMessage: 'Note:',
});

export const ADD_ACTION = i18n.translate('simpleHttpInvestigation.checklists.addAction', {
  defaultMessage: 'Add action taken',
});

export const EDIT_ACTION = i18n.translate('simpleHttpInvestigation.checklists.editAction', {
  defaultMessage: 'Edit action taken',
});

export const HIDE_ACTION = i18n.translate('simpleHttpInvestigation.checklists.hideAction', {
  defaultMessage: 'Hide action taken',
});

export const ACTION_LABEL = i18n.translate('simpleHttpInvestigation.checklists.actionTextLabel', {
  defaultMessage: 'Action taken:',
});

export const actionLabel = (step: string) =>
  i18n.translate('simpleHttpInvestigation.checklists.actionLabel', {
    defaultMessage: 'Action taken for step: {step}',
    values: { step },
  });

export const ACTION_PLACEHOLDER = i18n.translate(
  'simpleHttpInvestigation.checklists.actionPlaceholder',
  { defaultMessage: 'What you did, such as the ticket or the command' }
);

export const textTooLong = (max: number) =>
  i18n.translate('simpleHttpInvestigation.checklists.textTooLong', {
    defaultMessage: 'The text is too long to save: at most {max} characters.',
    values: { max },
  });

export const noteLabel = (step: string) =>
  i18n.translate('simpleHttpInvestigation.checklists.noteLabel', {
    defaultMessage: 'Note for step: {step}',
    values: { step },
  });

export const NOTE_PLACEHOLDER = i18n.translate(
  'simpleHttpInvestigation.checklists.notePlaceholder',
  { defaultMessage: 'What you checked and found' }
);

export const goToPanel = (panel: string) =>
  i18n.translate('simpleHttpInvestigation.checklists.goToPanel', {
    defaultMessage: 'Show evidence: {panel}',
    values: { panel },
  });

export const summaryHeader = (ruleName: string, alertId: string) =>
  i18n.translate('simpleHttpInvestigation.checklists.summaryHeader', {
    defaultMessage: '{ruleName}, alert {alertId}',
    values: { ruleName, alertId },
  });

export const summarySection = (title: string, checked: number, total: number) =>
  i18n.translate('simpleHttpInvestigation.checklists.summarySection', {
    defaultMessage: '{title} ({checked} of {total})',
    values: { title, checked, total },
  });

export const summaryAction = (action: string) =>
  i18n.translate('simpleHttpInvestigation.checklists.summaryAction', {
    defaultMessage: 'Action taken: {action}',
    values: { action },
  });

export const summaryNote = (note: string) =>
  i18n.translate('simpleHttpInvestigation.checklists.summaryNote', {
    defaultMessage: 'Note: {note}',
    values: { note },
  });
