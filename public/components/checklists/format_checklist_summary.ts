import type { ChecklistsResponse } from '../../../common/api/checklists';
import type { StepValuesById } from '../../lib/investigation_edits';
import { summaryAction, summaryHeader, summaryNote, summarySection } from './translations';

const TEXT_INDENT = '    ';

const indentLines = (text: string): string[] =>
  text.split('\n').map((line) => `${TEXT_INDENT}${line}`);

/**
 * Formats the checklists with their ticks, notes and actions taken as plain text for a case
 * or a ticket. Each step is one `[x]` or `[ ]` line, with its texts indented under it.
 */
export const formatChecklistSummary = (
  checklists: ChecklistsResponse,
  steps: StepValuesById
): string => {
  const lines = [summaryHeader(checklists.rule_name, checklists.alert_id)];

  for (const section of checklists.sections) {
    const checked = section.items.filter((item) => steps[item.id]?.checked).length;

    lines.push('', summarySection(section.title, checked, section.items.length));

    for (const item of section.items) {
      const step = steps[item.id];

      lines.push(`[${step?.checked ? 'x' : ' '}] ${item.text}`);

      if (step?.note.trim()) {
        lines.push(...indentLines(summaryNote(step.note.trim())));
      }

      if (step?.action_taken.trim()) {
        lines.push(...indentLines(summaryAction(step.action_taken.trim())));
      }
    }
  }

  return `${lines.join('\n')}\n`;
};
