import type { ChecklistsResponse } from '../api/checklists';
import type { InvestigationDocument } from '../api/investigations';
import { RULE_IDS } from '../constants';
import { buildNewInvestigation } from './new_investigation';

export const NOW = '2026-12-04T10:00:00.000Z';
export const LATER = '2026-12-04T11:00:00.000Z';

const item = (id: string, text: string) => ({ id, text, panels: [], facts: [] });

/** Checklists with two investigation steps, one false positive step and two response steps. */
export const CHECKLISTS: ChecklistsResponse = {
  alert_id: 'alert-1',
  rule_id: RULE_IDS.connection,
  rule_name: 'Simple HTTP Web Server Connection',
  rule_version: 8,
  guide_hash: 'a'.repeat(64),
  sections: [
    {
      id: 'investigation',
      title: 'Possible investigation steps',
      items: [item('investigation-1', 'Review the process'), item('investigation-2', 'Review the clients')],
    },
    {
      id: 'false_positive',
      title: 'False positive analysis',
      items: [item('false_positive-1', 'Developers preview sites')],
    },
    {
      id: 'response',
      title: 'Response and remediation',
      items: [item('response-1', 'Isolate the host'), item('response-2', 'Kill the server')],
    },
  ],
};

/** Builds an investigation of `alert-1` started by `analyst`, with overrides applied. */
export function buildInvestigation(overrides: Partial<InvestigationDocument> = {}): InvestigationDocument {
  return {
    ...buildNewInvestigation({
      spaceId: 'default',
      alertId: 'alert-1',
      ruleId: RULE_IDS.connection,
      ruleName: 'Simple HTTP Web Server Connection',
      hostName: 'web-01',
      userName: 'www-data',
      alertTimestamp: '2026-12-03T22:00:00.000Z',
      analyst: 'analyst',
      assignee: null,
      checklists: CHECKLISTS,
      now: NOW,
    }),
    ...overrides,
  };
}

/** Returns the investigation with the given response steps checked. */
export function withCheckedSteps(
  investigation: InvestigationDocument,
  itemIds: string[]
): InvestigationDocument {
  return {
    ...investigation,
    steps: investigation.steps.map((step) =>
      itemIds.includes(step.item_id) ? { ...step, checked: true, checked_by: 'analyst', checked_at: NOW } : step
    ),
  };
}
