import type { ChecklistSection, ChecklistsResponse } from '../api/checklists';
import type { DerivedFact } from '../api/evidence';
import type { InvestigationDocument, StepState } from '../api/investigations';
import { escapeBlock, escapeInline } from './markdown_escape';

export interface ReportInput {
  investigation: InvestigationDocument;
  /** The alert's current checklists, which supply the step texts. */
  checklists: ChecklistsResponse;
  /** Facts derived from the evidence; left out when the evidence could not be read. */
  facts?: DerivedFact[];
  /** ISO 8601 time the report is made. */
  generatedAt: string;
}

const NOTE_INDENT = '    ';

/**
 * Writes an investigation as a Markdown report: a summary table, each checklist with the
 * state, notes and actions of its steps, the review comments and the evidence facts.
 * Every value from users, events or the rule guide is escaped, so a note cannot add
 * headings, links or HTML to the report.
 */
export function buildInvestigationReport(input: ReportInput): string {
  const { investigation, checklists } = input;
  const lines: string[] = [
    `# Investigation of alert ${escapeInline(investigation.alert_id)}`,
    '',
    `Generated at ${escapeInline(input.generatedAt)}.`,
    '',
    ...buildSummary(investigation),
    '',
  ];

  if (investigation.guide_hash !== checklists.guide_hash) {
    lines.push(
      "The rule's investigation guide changed after this investigation started, so the step texts below come from the current guide.",
      ''
    );
  }

  const stepsById = new Map(investigation.steps.map((step) => [step.item_id, step]));
  for (const section of checklists.sections) {
    lines.push(...buildSection(section, stepsById), '');
  }
  const listed = new Set(
    checklists.sections.flatMap((section) => section.items.map((item) => item.id))
  );
  const earlierSteps = investigation.steps.filter((step) => !listed.has(step.item_id));
  if (earlierSteps.length > 0) {
    lines.push('## Steps missing from the current guide', '');
    for (const step of earlierSteps) {
      lines.push(...buildStep(step.item_id, step));
    }
    lines.push('');
  }

  lines.push(...buildReviewComments(investigation), '');
  lines.push(...buildFacts(input.facts));
  return `${lines.join('\n').trimEnd()}\n`;
}

function buildSummary(investigation: InvestigationDocument): string[] {
  const reviewed =
    investigation.reviewed_at === null
      ? null
      : `${investigation.reviewed_at} by ${investigation.reviewed_by ?? 'unknown'}`;
  const rows: Array<[string, string | null]> = [
    ['Rule', `${investigation.rule_name} (${investigation.rule_id})`],
    ['Host', investigation.host_name],
    ['User', investigation.user_name],
    ['Alert time', investigation.alert_timestamp],
    ['Status', investigation.status],
    ['Verdict', investigation.verdict],
    ['False positive category', investigation.false_positive_category],
    ['Closing reason', investigation.closing_reason],
    ['Analyst', investigation.analyst],
    ['Assignee', investigation.assignee],
    ['Started', investigation.created_at],
    ['Last updated', investigation.updated_at],
    ['Submitted', investigation.submitted_at],
    ['Reviewed', reviewed],
    ['Guide SHA-256', investigation.guide_hash],
  ];
  return [
    '| Field | Value |',
    '| --- | --- |',
    ...rows.map(([label, value]) => {
      const cell = value === null || value === '' ? '-' : escapeInline(value);
      return `| ${label} | ${cell} |`;
    }),
  ];
}

function buildSection(section: ChecklistSection, stepsById: Map<string, StepState>): string[] {
  const lines = [`## ${escapeInline(section.title)}`, ''];
  if (section.items.length === 0) {
    return [...lines, 'The guide has no steps in this section.'];
  }
  for (const item of section.items) {
    lines.push(...buildStep(`${item.text} (${item.id})`, stepsById.get(item.id)));
  }
  return lines;
}

function buildStep(title: string, step: StepState | undefined): string[] {
  const lines = [`- [${step?.checked ? 'x' : ' '}] ${escapeInline(title)}`];
  if (step === undefined) {
    return lines;
  }
  if (step.checked) {
    const checker = escapeInline(step.checked_by ?? 'unknown');
    lines.push(`  - Checked by ${checker} at ${escapeInline(step.checked_at ?? 'unknown')}`);
  }
  if (step.note.trim() !== '') {
    const author = escapeInline(step.note_updated_by ?? 'unknown');
    const time = escapeInline(step.note_updated_at ?? 'unknown');
    lines.push(`  - Note by ${author} at ${time}:\\\n${NOTE_INDENT}${escapeBlock(step.note, NOTE_INDENT)}`);
  }
  if (step.action_taken.trim() !== '') {
    lines.push(`  - Action taken:\\\n${NOTE_INDENT}${escapeBlock(step.action_taken, NOTE_INDENT)}`);
  }
  return lines;
}

function buildReviewComments(investigation: InvestigationDocument): string[] {
  const lines = ['## Review comments', ''];
  if (investigation.review_comments.length === 0) {
    return [...lines, 'No review comments.'];
  }
  for (const comment of investigation.review_comments) {
    const heading = `${comment.action} by ${comment.author} at ${comment.created_at}`;
    lines.push(`- ${escapeInline(heading)}:\\\n  ${escapeBlock(comment.comment, '  ')}`);
  }
  return lines;
}

function buildFacts(facts: DerivedFact[] | undefined): string[] {
  const lines = ['## Evidence facts', ''];
  if (facts === undefined) {
    return [...lines, 'The evidence could not be read when the report was made.'];
  }
  if (facts.length === 0) {
    return [...lines, 'The evidence gave no facts.'];
  }
  for (const fact of facts) {
    const value = fact.value === null ? 'unknown' : String(fact.value);
    const flag = fact.concerning ? ', concerning' : '';
    const events = fact.events.length === 1 ? '1 event' : `${fact.events.length} events`;
    lines.push(`- ${escapeInline(fact.id)}: ${escapeInline(value)}${flag}, from ${events}`);
  }
  return lines;
}
