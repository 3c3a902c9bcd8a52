import type { ChecklistsResponse } from '../../../common/api/checklists';
import type { ChecklistState } from '../../hooks/use_checklist_state';
import { summaryHeader, summaryNote, summarySection } from './translations';

const NOTE_INDENT = '    ';

/**
 * Formats the checklists with their ticks and notes as plain text for a case or a ticket.
 * Each step is one `[x]` or `[ ]` line, with its note indented under it.
 */
export const formatChecklistSummary = (
  checklists: ChecklistsResponse,
  state: ChecklistState
): string => {
  const lines = [summaryHeader(checklists.rule_name, checklists.alert_id)];

  for (const section of checklists.sections) {
    const checked = section.items.filter((item) => state[item.id]?.checked).length;

    lines.push('', summarySection(section.title, checked, section.items.length));

    for (const item of section.items) {
      const step = state[item.id];

      lines.push(`[${step?.checked ? 'x' : ' '}] ${item.text}`);

      if (step?.note.trim()) {
        const noteLines = summaryNote(step.note.trim()).split('\n');
        lines.push(...noteLines.map((line) => `${NOTE_INDENT}${line}`));
      }
    }
  }

  return `${lines.join('\n')}\n`;
};
