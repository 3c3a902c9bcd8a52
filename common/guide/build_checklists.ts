import type { ChecklistsResponse } from '../api/checklists';
import { SUPPORTED_RULE_IDS } from '../constants';
import { hashGuide } from './guide_hash';
import { linkEvidence } from './link_evidence';
import { GUIDE_SECTION_TITLES, parseGuide } from './parse_guide';

export interface BuildChecklistsInput {
  alertId: string;
  ruleId: string;
  ruleName: string;
  ruleVersion: number | null;
  /** The rule's investigation guide (`note`, Markdown), or '' when the rule has none. */
  note: string;
}

/**
 * Builds the three checklists of an alert from its rule's investigation guide. Steps link
 * to evidence panels only for the supported rules, because the phrase table was written
 * for their guides and the same phrase in another rule's guide may ask for other evidence.
 */
export function buildChecklists(input: BuildChecklistsInput): ChecklistsResponse {
  const isSupportedRule = SUPPORTED_RULE_IDS.includes(input.ruleId);

  const sections = parseGuide(input.note).map((section) => ({
    id: section.id,
    title: GUIDE_SECTION_TITLES[section.id],
    items: section.items.map((item, index) => {
      const targets = isSupportedRule
        ? linkEvidence(section.id, item.text)
        : { panels: [], facts: [] };
      return {
        id: `${section.id}-${index + 1}`,
        text: item.text,
        panels: targets.panels,
        facts: targets.facts,
      };
    }),
  }));

  return {
    alert_id: input.alertId,
    rule_id: input.ruleId,
    rule_name: input.ruleName,
    rule_version: input.ruleVersion,
    guide_hash: hashGuide(input.note),
    sections,
  };
}
