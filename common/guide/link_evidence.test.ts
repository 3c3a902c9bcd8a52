import { EVIDENCE_PANEL_IDS, type ChecklistSectionId } from '../api/checklists';
import { FACT_IDS } from '../api/evidence';
import { RULE_IDS } from '../constants';
import { EVIDENCE_LINKS } from './evidence_links';
import { findEvidenceLink, linkEvidence, normalizeItemText } from './link_evidence';
import { parseGuide } from './parse_guide';
import { loadRuleFixture } from './test_rule_fixtures';

/** Response steps that link to no evidence panel, by rule and item id. */
const DELIBERATELY_UNLINKED: Record<string, string[]> = {
  [RULE_IDS.connection]: ['response-1', 'response-6'],
  [RULE_IDS.creation]: ['response-1', 'response-6'],
  [RULE_IDS.pythonServer]: ['response-1', 'response-5', 'response-6'],
};

interface GuideStep {
  id: string;
  section: ChecklistSectionId;
  text: string;
}

function guideSteps(ruleId: string): GuideStep[] {
  return parseGuide(loadRuleFixture(ruleId).note).flatMap((section) =>
    section.items.map((item, index) => ({
      id: `${section.id}-${index + 1}`,
      section: section.id,
      text: item.text,
    })),
  );
}

describe('evidence links on the supported guides', () => {
  test.each(Object.entries(RULE_IDS))('every step of %s is linked or listed', (_key, ruleId) => {
    const unlinked = guideSteps(ruleId)
      .filter((step) => linkEvidence(step.section, step.text).panels.length === 0)
      .map((step) => step.id);
    expect(unlinked).toEqual(DELIBERATELY_UNLINKED[ruleId]);
  });

  test.each(Object.entries(RULE_IDS))('every step of %s matches a row', (_key, ruleId) => {
    const unmatched = guideSteps(ruleId)
      .filter((step) => findEvidenceLink(step.section, step.text) === undefined)
      .map((step) => step.id);
    expect(unmatched).toEqual([]);
  });

  test.each([
    [RULE_IDS.connection, 'investigation-2', ['clients', 'outbound'], ['public_clients', 'listening_port']],
    [RULE_IDS.connection, 'investigation-5', ['files'], ['scripts_in_served_directory', 'served_directory_kind']],
    [RULE_IDS.connection, 'false_positive-1', ['process', 'entry', 'clients'], ['served_directory_kind', 'launched_by']],
    [RULE_IDS.connection, 'response-2', ['process', 'children'], ['shell_children']],
    [RULE_IDS.creation, 'investigation-1', ['process'], ['cgi_enabled']],
    [RULE_IDS.creation, 'investigation-4', ['files'], ['scripts_in_served_directory']],
    [RULE_IDS.creation, 'investigation-5', ['ancestry', 'entry'], ['launched_by']],
    [RULE_IDS.pythonServer, 'investigation-3', ['process', 'ancestry'], ['launched_by']],
    [RULE_IDS.pythonServer, 'investigation-4', ['outbound'], ['outbound_public_connections']],
    [RULE_IDS.pythonServer, 'response-4', ['files', 'clients'], ['served_directory_kind', 'public_clients']],
    [RULE_IDS.pythonServer, 'response-7', ['related_alerts'], []],
  ])('%s %s links expected evidence', (ruleId, stepId, panels, facts) => {
    const step = guideSteps(ruleId).find((candidate) => candidate.id === stepId);
    expect(step).toBeDefined();
    const targets = linkEvidence(step?.section ?? 'investigation', step?.text ?? '');
    expect(targets.panels).toEqual(expect.arrayContaining(panels));
    expect(targets.facts).toEqual(expect.arrayContaining(facts));
  });
});

describe('linkEvidence', () => {
  test('unknown step gets empty lists', () => {
    expect(linkEvidence('investigation', 'Query the quantum flux capacitor.')).toEqual({
      panels: [],
      facts: [],
    });
  });

  test('phrase must match in its own section', () => {
    expect(linkEvidence('false_positive', 'Terminate the process.').panels).toEqual([]);
    expect(linkEvidence('response', 'Terminate the process.').panels).toEqual(['process', 'children']);
  });

  test('small rewording still matches', () => {
    const targets = linkEvidence('investigation', 'Look at the  WEB-ROOT   directory for new scripts');
    expect(targets.panels).toEqual(['files']);
  });

  test('phrases match whole words only', () => {
    expect(linkEvidence('response', 'Reisolated hosts stay offline.').panels).toEqual([]);
  });

  test('returned lists are copies', () => {
    const targets = linkEvidence('response', 'Terminate it');
    targets.panels.push('timeline');
    expect(linkEvidence('response', 'Terminate it').panels).toEqual(['process', 'children']);
  });
});

describe('EVIDENCE_LINKS', () => {
  test('rows use known panel and fact ids', () => {
    for (const row of EVIDENCE_LINKS) {
      for (const panel of row.panels) {
        expect(EVIDENCE_PANEL_IDS).toContain(panel);
      }
      for (const fact of row.facts) {
        expect(FACT_IDS).toContain(fact);
      }
    }
  });

  test('rows have normalized phrases', () => {
    for (const row of EVIDENCE_LINKS) {
      expect(row.phrases.length).toBeGreaterThan(0);
      for (const phrase of row.phrases) {
        expect(normalizeItemText(phrase)).toBe(phrase);
      }
    }
  });

  test('rows have no duplicate targets', () => {
    for (const row of EVIDENCE_LINKS) {
      expect(new Set(row.panels).size).toBe(row.panels.length);
      expect(new Set(row.facts).size).toBe(row.facts.length);
    }
  });
});

describe('normalizeItemText', () => {
  test('collapses case, punctuation and spaces', () => {
    expect(normalizeItemText("  The Server's  web-root\tDirectory! ")).toBe('the server s web root directory');
  });
});
