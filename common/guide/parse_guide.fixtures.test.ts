import { CHECKLIST_SECTION_IDS, type ChecklistSectionId } from '../api/checklists';
import { RULE_IDS } from '../constants';
import { type ParsedGuideSection, parseGuide } from './parse_guide';
import { loadRuleFixture, loadRuleFixtures } from './test_rule_fixtures';

const fixtures = loadRuleFixtures();

function itemTexts(sections: ParsedGuideSection[], id: ChecklistSectionId): string[] {
  const section = sections.find((candidate) => candidate.id === id);
  return section === undefined ? [] : section.items.map((item) => item.text);
}

/** Item counts per section: investigation, false positives, response. */
const EXPECTED_COUNTS: Record<string, [number, number, number]> = {
  [RULE_IDS.connection]: [6, 5, 7],
  [RULE_IDS.creation]: [6, 5, 7],
  [RULE_IDS.pythonServer]: [6, 5, 7],
  '33f306e8-417c-411b-965c-c2812d6d3f4d': [7, 1, 8],
  'f16fca20-4d6c-43f9-aec1-20b6de3b0aeb': [4, 1, 8],
  '53617418-17b4-4e9c-8a2c-8deb8086ca4b': [5, 2, 8],
  '4d50a94f-2844-43fa-8395-6afbd5e1c5ef': [5, 3, 15],
  '4159bec9-76ad-4cdc-a797-4a8572073bbe': [4, 1, 1],
  'f5d9d36d-7c30-4cdb-a856-9f653c13d4e0': [6, 5, 7],
};

interface Boundary {
  section: ChecklistSectionId;
  first: string;
  last: string;
}

const EXPECTED_BOUNDARIES: Record<string, Boundary[]> = {
  [RULE_IDS.connection]: [
    {
      section: 'investigation',
      first:
        'Review the process details, including the process name and command line arguments, to confirm if the server was started using Python or PHP, as indicated by the query fields.',
      last: 'Correlate this event with other alerts or indicators of compromise on the system to evaluate if this is part of a larger attack campaign.',
    },
    {
      section: 'false_positive',
      first:
        "Development and testing environments may frequently trigger this rule when developers use Python or PHP's built-in HTTP servers for legitimate purposes. To manage this, consider excluding specific user accounts or IP addresses associated with development activities from the rule.",
      last: 'Temporary testing servers spun up for short-term projects can be mistaken for malicious activity. Document these instances and apply temporary exceptions during the project duration.',
    },
    {
      section: 'response',
      first:
        'Immediately isolate the affected system from the network to prevent further unauthorized access or data exfiltration.',
      last: 'Escalate the incident to the security operations team for further investigation and to assess the potential impact on other systems within the network.',
    },
  ],
  [RULE_IDS.creation]: [
    {
      section: 'investigation',
      first:
        'Review the process execution details to confirm the presence of PHP or Python commands with arguments matching the patterns specified in the query, such as PHP with the "-S" argument or Python with "--cgi" or "CGIHTTPServer".',
      last: 'Correlate the alert with other security events or logs from the same host to identify any additional indicators of compromise or related suspicious activities.',
    },
    {
      section: 'false_positive',
      first:
        'Development and testing environments often use simple HTTP servers for legitimate purposes such as serving static files or testing web applications. To manage this, create exceptions for known development directories or user accounts frequently involved in these activities.',
      last: 'Continuous integration and deployment pipelines may temporarily start HTTP servers during build or deployment processes. Identify these pipelines and exclude their associated processes or execution contexts from the detection rule.',
    },
    {
      section: 'response',
      first:
        'Immediately isolate the affected system from the network to prevent further unauthorized access or data exfiltration.',
      last: 'Escalate the incident to the security operations center (SOC) or incident response team for further investigation and to determine if additional systems are compromised.',
    },
  ],
  [RULE_IDS.pythonServer]: [
    {
      section: 'investigation',
      first:
        'Review the process details to confirm the presence of a Python-based web server by checking the process name and arguments, specifically looking for "python" with "http.server" or "SimpleHTTPServer".',
      last: "Assess the host's security posture and recent changes to determine if there are any vulnerabilities or misconfigurations that could have been exploited to spawn the web server.",
    },
    {
      section: 'false_positive',
      first:
        "Development and testing environments often use Python's HTTP server for legitimate purposes such as serving static files or testing web applications. To manage this, create exceptions for known development servers by excluding specific hostnames or IP addresses.",
      last: "Internal tools or utilities developed in-house may rely on Python's HTTP server for functionality. Review these tools and exclude their specific command patterns or execution contexts from the detection rule.",
    },
    {
      section: 'response',
      first:
        'Immediately isolate the affected host from the network to prevent further data exfiltration or lateral movement.',
      last: 'Escalate the incident to the security operations center (SOC) or incident response team for further investigation and to ensure comprehensive remediation and recovery actions are taken.',
    },
  ],
  '33f306e8-417c-411b-965c-c2812d6d3f4d': [
    {
      section: 'investigation',
      first:
        'Investigate the process execution chain (parent process tree) for unknown processes. Examine their executable files for prevalence, whether they are located in expected locations, and if they are signed with valid digital signatures.',
      last: 'Investigate potentially compromised accounts. Analysts can do this by searching for login events (for example, 4624) to the target host after the registry modification.',
    },
  ],
  '4d50a94f-2844-43fa-8395-6afbd5e1c5ef': [
    {
      section: 'investigation',
      first:
        'Review in Timeline. Open the alert and Investigate in timeline to view the individual CloudTrail events contributing to the threshold alert. Review: `source.ip`, `user_agent.original`, `geo fields` and `@timestamp` for each failure. Look for patterns such as distributed sources or repeated retries at consistent intervals. Look for any corresponding successful `ConsoleLogin` events around the same timeframe from the same IP or agent.',
      last: 'Determine business context. Confirm whether the source IPs are internal (for example, corporate VPN, IT admin network) or part of legitimate red-team or third-party testing. If uncertain, treat as suspicious.',
    },
    {
      section: 'response',
      first:
        'Check for success. After pivoting to Timeline, confirm whether any `ConsoleLogin` events from the same IP or user agent show `event.oucome: success`. If a successful login occurred, immediately follow the AWS Management Console Root Login rule investigation guide.',
      last: 'Store root credentials offline with dual-custody and document controlled access procedures.',
    },
  ],
  '4159bec9-76ad-4cdc-a797-4a8572073bbe': [
    {
      section: 'investigation',
      first:
        'Identify `client.user.email`, `source.ip`, and whether the actor is expected to request certificates for these identities.',
      last: 'Correlate with secret reads, RBAC changes, or TokenRequest activity from the same actor.',
    },
  ],
};

describe('parseGuide on the rule fixtures', () => {
  test('fixture directory holds nine rules', () => {
    expect(fixtures.map((fixture) => fixture.ruleId).sort()).toEqual(
      Object.keys(EXPECTED_COUNTS).sort(),
    );
  });

  describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const sections = parseGuide(fixture.note);
    const allTexts = sections.flatMap((section) => section.items.map((item) => item.text));

    test('sections come in fixed order', () => {
      expect(sections.map((section) => section.id)).toEqual([...CHECKLIST_SECTION_IDS]);
    });

    test('every section is found and has items', () => {
      for (const section of sections) {
        expect(section.found).toBe(true);
        expect(section.items.length).toBeGreaterThan(0);
      }
    });

    test('item counts match', () => {
      expect(sections.map((section) => section.items.length)).toEqual(
        EXPECTED_COUNTS[fixture.ruleId],
      );
    });

    test('texts carry no guide blocks or bold markers', () => {
      for (const text of allTexts) {
        expect(text).not.toContain('!{');
        expect(text).not.toContain('**');
      }
    });

    test('texts carry no list markers or line breaks', () => {
      for (const text of allTexts) {
        expect(text).not.toMatch(/^([-*+]|\d+[.)])\s/);
        expect(text).not.toMatch(/[\r\n]/);
        expect(text).toBe(text.trim());
        expect(text).not.toBe('');
      }
    });
  });

  test.each(Object.entries(EXPECTED_BOUNDARIES))('first and last items of %s', (ruleId, boundaries) => {
    const sections = parseGuide(loadRuleFixture(ruleId).note);
    for (const boundary of boundaries) {
      const texts = itemTexts(sections, boundary.section);
      expect(texts[0]).toBe(boundary.first);
      expect(texts[texts.length - 1]).toBe(boundary.last);
    }
  });

  test('investigate blocks become their labels', () => {
    const texts = itemTexts(parseGuide(loadRuleFixture('33f306e8-417c-411b-965c-c2812d6d3f4d').note), 'investigation');
    expect(texts[3]).toBe(
      'Investigate other alerts associated with the user/host during the past 48 hours. Alerts associated with the user in the last 48h. Alerts associated with the host in the last 48h',
    );
  });

  test('osquery blocks in nested entries become labels', () => {
    const texts = itemTexts(parseGuide(loadRuleFixture('53617418-17b4-4e9c-8a2c-8deb8086ca4b').note), 'investigation');
    expect(texts[1]).toBe(
      'Identify the user account that performed the action, analyze it, and check whether it should perform this kind of action. Osquery - Retrieve Information for a Specific User',
    );
  });

  test('nested response steps fold into their parent', () => {
    const texts = itemTexts(parseGuide(loadRuleFixture('f16fca20-4d6c-43f9-aec1-20b6de3b0aeb').note), 'response');
    expect(texts[2]).toBe(
      'If the triage identified malware, search the environment for additional compromised hosts. Implement temporary network rules, procedures, and segmentation to contain the malware. Stop suspicious processes. Immediately block the identified indicators of compromise (IoCs). Inspect the affected systems for additional malware backdoors like reverse shells, reverse proxies, or droppers that attackers could use to reinfect the system.',
    );
  });

  test('bold lines group the AWS response steps', () => {
    const response = parseGuide(loadRuleFixture('4d50a94f-2844-43fa-8395-6afbd5e1c5ef').note)[2];
    const groups = response.items.map((item) => item.group);
    expect(groups.filter((group) => group === 'Immediate containment')).toHaveLength(5);
    expect(groups.filter((group) => group === 'Evidence preservation')).toHaveLength(2);
    expect(groups.filter((group) => group === 'Scoping and investigation')).toHaveLength(3);
    expect(groups.filter((group) => group === 'Recovery and hardening')).toHaveLength(5);
  });

  test('supported rule items have no group', () => {
    for (const ruleId of Object.values(RULE_IDS)) {
      for (const section of parseGuide(loadRuleFixture(ruleId).note)) {
        expect(section.items.every((item) => item.group === null)).toBe(true);
      }
    }
  });

  test('related rules section is ignored', () => {
    const texts = parseGuide(loadRuleFixture('4159bec9-76ad-4cdc-a797-4a8572073bbe').note).flatMap(
      (section) => section.items.map((item) => item.text),
    );
    expect(texts.some((text) => text.includes('Self-Approved'))).toBe(false);
  });
});
