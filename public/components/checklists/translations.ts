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

export const STORAGE_NOTE = i18n.translate('simpleHttpInvestigation.checklists.storageNote', {
  defaultMessage: 'Ticks and notes are saved in this browser only.',
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

export const summaryNote = (note: string) =>
  i18n.translate('simpleHttpInvestigation.checklists.summaryNote', {
    defaultMessage: 'Note: {note}',
    values: { note },
  });
