import { i18n } from '../../i18n';
import type { ChecklistSectionId } from '../../../common/api/checklists';
import type { NameChecklistStep } from '../../lib/checklist_step_names';
import type { FormatLabels } from '../../lib/format_audit_change';
import {
  FALSE_POSITIVE_CATEGORY_LABELS,
  INVESTIGATION_STATUS_LABELS,
  VERDICT_LABELS,
  WORKFLOW_STATUS_LABELS,
} from '../badges/translations';

const WORKFLOW_STATUS_FIELD = 'kibana.alert.workflow_status';

export const CAPTION = i18n.translate('simpleHttpInvestigation.history.caption', {
  defaultMessage: 'Changes to the investigation and its alert',
});

export const COLUMN_TIME = i18n.translate('simpleHttpInvestigation.history.columnTime', {
  defaultMessage: 'Time',
});

export const COLUMN_USER = i18n.translate('simpleHttpInvestigation.history.columnUser', {
  defaultMessage: 'User',
});

export const COLUMN_ACTION = i18n.translate('simpleHttpInvestigation.history.columnAction', {
  defaultMessage: 'Action',
});

export const COLUMN_CHANGES = i18n.translate('simpleHttpInvestigation.history.columnChanges', {
  defaultMessage: 'Changes',
});

export const NO_CHANGES = i18n.translate('simpleHttpInvestigation.history.noChanges', {
  defaultMessage: 'No field changed',
});

export const LOADING = i18n.translate('simpleHttpInvestigation.history.loading', {
  defaultMessage: 'Loading the history…',
});

export const NO_RECORDS = i18n.translate('simpleHttpInvestigation.history.noRecords', {
  defaultMessage: 'No changes recorded yet.',
});

export const LOAD_ERROR = i18n.translate('simpleHttpInvestigation.history.loadError', {
  defaultMessage: 'Could not load the history',
});

export const truncated = (shown: number, total: number) =>
  i18n.translate('simpleHttpInvestigation.history.truncated', {
    defaultMessage: 'Showing the oldest {shown} of {total} records. The report lists them all.',
    values: { shown, total },
  });

export const ACTION_LABELS: Record<string, string> = {
  investigation_started: i18n.translate('simpleHttpInvestigation.history.actionStarted', {
    defaultMessage: 'Started the investigation',
  }),
  investigation_updated: i18n.translate('simpleHttpInvestigation.history.actionUpdated', {
    defaultMessage: 'Updated the investigation',
  }),
  investigation_submitted: i18n.translate('simpleHttpInvestigation.history.actionSubmitted', {
    defaultMessage: 'Submitted for review',
  }),
  investigation_approved: i18n.translate('simpleHttpInvestigation.history.actionApproved', {
    defaultMessage: 'Approved',
  }),
  investigation_returned: i18n.translate('simpleHttpInvestigation.history.actionReturned', {
    defaultMessage: 'Returned to the analyst',
  }),
  alert_workflow_status_changed: i18n.translate(
    'simpleHttpInvestigation.history.actionWorkflowStatus',
    { defaultMessage: 'Changed the alert status' }
  ),
};

const STEP_SECTION_LABELS: Record<ChecklistSectionId, string> = {
  investigation: i18n.translate('simpleHttpInvestigation.history.sectionInvestigation', {
    defaultMessage: 'Investigation',
  }),
  false_positive: i18n.translate('simpleHttpInvestigation.history.sectionFalsePositive', {
    defaultMessage: 'False positive',
  }),
  response: i18n.translate('simpleHttpInvestigation.history.sectionResponse', {
    defaultMessage: 'Response',
  }),
};

/** Names a step in the history, such as `Investigation step 1 "Review the process…"`. */
export const nameStep: NameChecklistStep = (sectionId, position, shortText) =>
  i18n.translate('simpleHttpInvestigation.history.stepName', {
    defaultMessage: '{section} step {position} "{shortText}"',
    values: { section: STEP_SECTION_LABELS[sectionId], position, shortText },
  });

export const FORMAT_LABELS: FormatLabels = {
  empty: i18n.translate('simpleHttpInvestigation.history.emptyValue', {
    defaultMessage: '(empty)',
  }),
  yes: i18n.translate('simpleHttpInvestigation.history.yes', { defaultMessage: 'yes' }),
  no: i18n.translate('simpleHttpInvestigation.history.no', { defaultMessage: 'no' }),
  unknownStep: (itemId) =>
    i18n.translate('simpleHttpInvestigation.history.unknownStep', {
      defaultMessage: 'Step {itemId}',
      values: { itemId },
    }),
  stepField: (stepName, field) =>
    i18n.translate('simpleHttpInvestigation.history.stepField', {
      defaultMessage: '{stepName} {field}',
      values: { stepName, field },
    }),
  fields: {
    status: i18n.translate('simpleHttpInvestigation.history.fieldStatus', {
      defaultMessage: 'Status',
    }),
    assignee: i18n.translate('simpleHttpInvestigation.history.fieldAssignee', {
      defaultMessage: 'Assignee',
    }),
    verdict: i18n.translate('simpleHttpInvestigation.history.fieldVerdict', {
      defaultMessage: 'Verdict',
    }),
    false_positive_category: i18n.translate('simpleHttpInvestigation.history.fieldCategory', {
      defaultMessage: 'False positive category',
    }),
    closing_reason: i18n.translate('simpleHttpInvestigation.history.fieldClosingReason', {
      defaultMessage: 'Closing reason',
    }),
    [WORKFLOW_STATUS_FIELD]: i18n.translate(
      'simpleHttpInvestigation.history.fieldWorkflowStatus',
      { defaultMessage: 'Alert workflow status' }
    ),
    'kibana.alert.workflow_reason': i18n.translate(
      'simpleHttpInvestigation.history.fieldWorkflowReason',
      { defaultMessage: 'Alert closing reason' }
    ),
    rule_id: i18n.translate('simpleHttpInvestigation.history.fieldRuleId', {
      defaultMessage: 'Rule ID',
    }),
    rule_name: i18n.translate('simpleHttpInvestigation.history.fieldRuleName', {
      defaultMessage: 'Rule',
    }),
    host_name: i18n.translate('simpleHttpInvestigation.history.fieldHost', {
      defaultMessage: 'Host',
    }),
    user_name: i18n.translate('simpleHttpInvestigation.history.fieldUser', {
      defaultMessage: 'User',
    }),
    alert_timestamp: i18n.translate('simpleHttpInvestigation.history.fieldAlertTime', {
      defaultMessage: 'Alert time',
    }),
    analyst: i18n.translate('simpleHttpInvestigation.history.fieldAnalyst', {
      defaultMessage: 'Analyst',
    }),
    guide_hash: i18n.translate('simpleHttpInvestigation.history.fieldGuideHash', {
      defaultMessage: 'Guide version hash',
    }),
    created_at: i18n.translate('simpleHttpInvestigation.history.fieldCreatedAt', {
      defaultMessage: 'Started',
    }),
    submitted_at: i18n.translate('simpleHttpInvestigation.history.fieldSubmittedAt', {
      defaultMessage: 'Submitted',
    }),
    reviewed_at: i18n.translate('simpleHttpInvestigation.history.fieldReviewedAt', {
      defaultMessage: 'Reviewed',
    }),
    reviewed_by: i18n.translate('simpleHttpInvestigation.history.fieldReviewedBy', {
      defaultMessage: 'Reviewer',
    }),
    checked: i18n.translate('simpleHttpInvestigation.history.fieldChecked', {
      defaultMessage: 'checked',
    }),
    note: i18n.translate('simpleHttpInvestigation.history.fieldNote', {
      defaultMessage: 'note',
    }),
    action_taken: i18n.translate('simpleHttpInvestigation.history.fieldActionTaken', {
      defaultMessage: 'action taken',
    }),
  },
  values: {
    status: INVESTIGATION_STATUS_LABELS,
    verdict: VERDICT_LABELS,
    false_positive_category: FALSE_POSITIVE_CATEGORY_LABELS,
    [WORKFLOW_STATUS_FIELD]: WORKFLOW_STATUS_LABELS,
  },
};
