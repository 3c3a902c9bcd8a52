import { exceptionFieldsSchema } from '../api/exceptions';
import type { AlertEvidence, DerivedFact, ServerProcess } from '../api/evidence';
import { RULE_IDS } from '../constants';
import {
  buildProposalEntries,
  buildProposalFields,
  type ProposalText,
  type ProposalVerdictFields,
} from './proposal_fields';

const TEXT: ProposalText = {
  name: (category, hostName) => (hostName ? `${category} on ${hostName}` : category),
  reasonForVerdict: (verdict) => `The investigation's verdict is ${verdict}.`,
};

const FALSE_POSITIVE: ProposalVerdictFields = {
  verdict: 'false_positive',
  false_positive_category: 'development_or_testing',
  closing_reason: 'A developer previews a static site on the loopback address.',
};

interface ServerShape {
  host: string | null;
  user: string | null;
  workingDirectory: string | null;
  parent: string | null;
  /** The listening port fact's value, or undefined for no fact at all. */
  port?: DerivedFact['value'];
}

const buildProcess = (shape: ServerShape): ServerProcess => ({
  entity_id: 'server-entity',
  pid: 4242,
  name: 'python3',
  executable: '/usr/bin/python3',
  command_line: 'python3 -m http.server 8000',
  args: [],
  working_directory: shape.workingDirectory,
  user_name: shape.user,
  user_id: null,
  start: '2025-01-10T10:01:00.000Z',
  event: null,
  group_name: null,
  parent:
    shape.parent === null
      ? null
      : {
          entity_id: 'parent-entity',
          pid: 4200,
          name: shape.parent,
          executable: null,
          command_line: null,
          args: [],
          working_directory: null,
          user_name: null,
          user_id: null,
          start: null,
          event: null,
        },
  end: null,
  duration_ms: null,
  end_event: null,
  exit_code: null,
});

/** Evidence with the fields the draft reads, without the server process unless `withProcess`. */
const buildEvidence = (shape: ServerShape, withProcess = true): AlertEvidence => ({
  alert: {
    id: 'alert-1',
    index: '.internal.alerts-security.alerts-default-000001',
    timestamp: '2025-01-10T10:05:00.000Z',
    original_time: null,
    rule: { rule_id: RULE_IDS.connection, uuid: null, name: 'Simple HTTP', version: null },
    severity: 'low',
    risk_score: 21,
    reason: null,
    workflow_status: 'open',
    workflow_reason: null,
    workflow_user: null,
    host_name: shape.host,
    host_id: null,
    user_name: shape.user,
    process_entity_id: null,
    building_block_ids: [],
    ancestor_event_ids: [],
    threat_techniques: [],
  },
  window: { start: '2025-01-09T10:01:00.000Z', end: '2025-01-11T10:01:00.000Z' },
  process: withProcess ? buildProcess(shape) : null,
  ancestry: [],
  entry: null,
  children: [],
  clients: [],
  outbound: [],
  files: [],
  related_alerts: [],
  timeline: [],
  facts:
    shape.port === undefined
      ? []
      : [{ id: 'listening_port', value: shape.port, concerning: false, events: [] }],
  truncated: [],
});

/** The servers of the sample data scenarios, as their evidence shows them. */
const SCENARIO_SHAPES: Array<[string, ServerShape]> = [
  [
    'backdoor',
    { host: 'web-01', user: 'www-data', workingDirectory: '/dev/shm', parent: 'bash', port: 8080 },
  ],
  [
    'web_shell',
    { host: 'cms-01', user: 'root', workingDirectory: '/var/www/html', parent: 'bash', port: 8000 },
  ],
  [
    'developer',
    {
      host: 'dev-ws-07',
      user: 'mira',
      workingDirectory: '/home/mira/projects/docs-site',
      parent: 'bash',
      port: 8000,
    },
  ],
  [
    'cron',
    {
      host: 'reports-01',
      user: 'svc-reports',
      workingDirectory: '/home/svc-reports',
      parent: 'sh',
      port: 9000,
    },
  ],
  [
    'training',
    { host: 'lab-01', user: 'student01', workingDirectory: null, parent: 'bash', port: 8080 },
  ],
  [
    'internal_tool',
    {
      host: 'metrics-01',
      user: 'metrics',
      workingDirectory: '/opt/metrics/www',
      parent: 'systemd',
      port: 8081,
    },
  ],
  [
    'temporary_project',
    { host: 'staging-03', user: 'ctr-okafor', workingDirectory: null, parent: null, port: null },
  ],
  ['server event missing', { host: 'web-01', user: null, workingDirectory: null, parent: null }],
  ['host only', { host: 'web-01', user: null, workingDirectory: null, parent: null }],
  ['blank values', { host: '  ', user: '', workingDirectory: ' ', parent: 'bash', port: '' }],
];

const VERDICTS: ProposalVerdictFields[] = [
  FALSE_POSITIVE,
  { verdict: 'benign_true_positive', false_positive_category: null, closing_reason: null },
  {
    verdict: 'false_positive',
    false_positive_category: 'automation_or_cron',
    closing_reason: '  ',
  },
];

describe('buildProposalFields', () => {
  describe.each(SCENARIO_SHAPES)('%s', (name, shape) => {
    it.each(VERDICTS)('passes the schema with verdict %#', (verdictFields) => {
      const evidence = buildEvidence(shape, name !== 'server event missing');
      const fields = buildProposalFields(evidence, verdictFields, TEXT);

      expect(fields).not.toBeNull();
      expect(exceptionFieldsSchema.safeParse(fields).error?.issues).toBeUndefined();
    });
  });

  it('matches the developer server', () => {
    const evidence = buildEvidence(SCENARIO_SHAPES[2][1]);

    expect(buildProposalEntries(evidence)).toEqual([
      { field: 'user.name', type: 'match', operator: 'included', value: 'mira' },
      { field: 'host.name', type: 'match', operator: 'included', value: 'dev-ws-07' },
      {
        field: 'process.working_directory',
        type: 'match',
        operator: 'included',
        value: '/home/mira/projects/docs-site',
      },
      { field: 'process.parent.name', type: 'match', operator: 'included', value: 'bash' },
      { field: 'destination.port', type: 'match', operator: 'included', value: '8000' },
    ]);
  });

  it('leaves the port out of alerts of rules without the accepted connection', () => {
    const connection = buildEvidence(SCENARIO_SHAPES[2][1]);
    const evidence: AlertEvidence = {
      ...connection,
      alert: { ...connection.alert, rule: { ...connection.alert.rule, rule_id: RULE_IDS.pythonServer } },
    };

    const fields = buildProposalEntries(evidence).map((entry) => entry.field);

    expect(fields).not.toContain('destination.port');
    expect(fields).toContain('host.name');
  });

  it('takes name, reason and category', () => {
    const fields = buildProposalFields(buildEvidence(SCENARIO_SHAPES[2][1]), FALSE_POSITIVE, TEXT);

    expect(fields?.name).toBe('development_or_testing on dev-ws-07');
    expect(fields?.reason).toBe(FALSE_POSITIVE.closing_reason);
    expect(fields?.category).toBe('development_or_testing');
    expect(fields?.expire_time).toBeNull();
    expect(fields?.rule_ids).toEqual([RULE_IDS.connection]);
  });

  it('names the verdict without a closing reason', () => {
    const fields = buildProposalFields(
      buildEvidence(SCENARIO_SHAPES[2][1]),
      { verdict: 'benign_true_positive', false_positive_category: null, closing_reason: ' ' },
      TEXT
    );

    expect(fields?.reason).toBe("The investigation's verdict is benign_true_positive.");
    expect(fields?.category).toBe('other');
  });

  it('leaves out missing values', () => {
    const shape = { host: 'lab-01', user: null, workingDirectory: null, parent: null, port: 0 };
    const entries = buildProposalEntries(buildEvidence(shape));

    expect(entries.map((entry) => entry.field)).toEqual(['host.name']);
  });

  it('falls back to the alert user', () => {
    const shape = { host: null, user: 'www-data', workingDirectory: null, parent: null };
    const evidence = buildEvidence(shape);
    evidence.process = null;

    expect(buildProposalEntries(evidence)).toEqual([
      { field: 'user.name', type: 'match', operator: 'included', value: 'www-data' },
    ]);
  });

  it('reads a port written as digits', () => {
    const shape = { host: null, user: null, workingDirectory: null, parent: null, port: '8443' };

    expect(buildProposalEntries(buildEvidence(shape))).toEqual([
      { field: 'destination.port', type: 'match', operator: 'included', value: '8443' },
    ]);
  });

  it.each([[70000], [8080.5], [true], ['80a']])('drops the invalid port %p', (port) => {
    const shape = { host: 'web-01', user: null, workingDirectory: null, parent: null, port };

    expect(buildProposalEntries(buildEvidence(shape)).map((entry) => entry.field)).toEqual([
      'host.name',
    ]);
  });

  it('drops a value too long for an entry', () => {
    const shape = {
      host: 'web-01',
      user: null,
      workingDirectory: `/srv/${'a'.repeat(1100)}`,
      parent: null,
    };

    expect(buildProposalEntries(buildEvidence(shape)).map((entry) => entry.field)).toEqual([
      'host.name',
    ]);
  });

  it('shortens a long name to the schema limit', () => {
    const shape = { host: 'h'.repeat(400), user: null, workingDirectory: null, parent: null };
    const fields = buildProposalFields(buildEvidence(shape), FALSE_POSITIVE, TEXT);

    expect(fields?.name).toHaveLength(256);
    expect(exceptionFieldsSchema.safeParse(fields).success).toBe(true);
  });

  it.each([['true_positive' as const], ['undetermined' as const], [null]])(
    'returns null for the verdict %p',
    (verdict) => {
      const fields = buildProposalFields(
        buildEvidence(SCENARIO_SHAPES[2][1]),
        { ...FALSE_POSITIVE, verdict },
        TEXT
      );

      expect(fields).toBeNull();
    }
  );

  it('returns null without any value', () => {
    const shape = { host: null, user: null, workingDirectory: null, parent: null, port: null };

    expect(buildProposalFields(buildEvidence(shape), FALSE_POSITIVE, TEXT)).toBeNull();
  });

  it('names a draft without a host', () => {
    const shape = { host: null, user: 'mira', workingDirectory: null, parent: null };
    const fields = buildProposalFields(buildEvidence(shape), FALSE_POSITIVE, TEXT);

    expect(fields?.name).toBe('development_or_testing');
  });
});
