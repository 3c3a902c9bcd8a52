import type { AlertListItem } from '../../common/api/alerts';
import type { ChecklistsResponse } from '../../common/api/checklists';
import type { AlertEvidence, EventRef } from '../../common/api/evidence';
import type { Investigation, StepState } from '../../common/api/investigations';
import { RULE_IDS } from '../../common/constants';

const EVENTS_INDEX = '.ds-logs-endpoint.events.process-default-000001';

const event = (id: string): EventRef => ({ id, index: EVENTS_INDEX });

const RULE = {
  rule_id: RULE_IDS.connection,
  uuid: 'c2a2f1d4-6f0e-4a5e-9d5b-4a1c1c0b7a11',
  name: 'Simple HTTP Web Server Connection',
  version: 8,
};

/** One row of the alerts list: a Python CGI server started by www-data. */
export const buildAlertListItem = (overrides: Partial<AlertListItem> = {}): AlertListItem => ({
  id: 'alert-1',
  index: '.internal.alerts-security.alerts-default-000001',
  timestamp: '2025-01-10T10:05:00.000Z',
  rule: RULE,
  severity: 'low',
  risk_score: 21,
  reason: 'process event with process python3 by www-data on web-01 created low alert',
  workflow_status: 'open',
  host_name: 'web-01',
  user_name: 'www-data',
  process_name: 'python3',
  process_entity_id: 'server-entity',
  command_line: 'python3 -m http.server --cgi 8000',
  listening_port: 8000,
  served_directory: '/tmp/.cache',
  distinct_clients: 2,
  building_block_count: 2,
  investigation_status: null,
  assignee: null,
  exceptions: [],
  ...overrides,
});

/** Evidence of a backdoor-like server: a shell child, a public client, an outbound connection. */
export const buildEvidence = (): AlertEvidence => ({
  alert: {
    id: 'alert-1',
    index: '.internal.alerts-security.alerts-default-000001',
    timestamp: '2025-01-10T10:05:00.000Z',
    original_time: '2025-01-10T10:01:00.000Z',
    rule: RULE,
    severity: 'low',
    risk_score: 21,
    reason: 'process event with process python3 by www-data on web-01 created low alert',
    workflow_status: 'open',
    workflow_reason: null,
    workflow_user: null,
    host_name: 'web-01',
    host_id: 'host-1',
    user_name: 'www-data',
    process_entity_id: 'server-entity',
    building_block_ids: ['bb-1', 'bb-2'],
    ancestor_event_ids: [event('exec-1')],
    threat_techniques: ['T1059'],
  },
  window: { start: '2025-01-09T10:01:00.000Z', end: '2025-01-11T10:01:00.000Z' },
  process: {
    entity_id: 'server-entity',
    pid: 4242,
    name: 'python3',
    executable: '/usr/bin/python3.11',
    command_line: 'python3 -m http.server --cgi 8000',
    args: ['python3', '-m', 'http.server', '--cgi', '8000'],
    working_directory: '/tmp/.cache',
    user_name: 'www-data',
    user_id: '33',
    start: '2025-01-10T10:01:00.000Z',
    event: event('exec-1'),
    group_name: 'www-data',
    parent: {
      entity_id: 'parent-entity',
      pid: 4200,
      name: 'bash',
      executable: '/usr/bin/bash',
      command_line: 'bash -i',
      args: ['bash', '-i'],
      working_directory: '/tmp',
      user_name: 'www-data',
      user_id: '33',
      start: '2025-01-10T10:00:00.000Z',
      event: event('exec-0'),
    },
    end: null,
    duration_ms: null,
    end_event: null,
    exit_code: null,
  },
  ancestry: [],
  entry: {
    type: 'sshd',
    source_ip: '203.0.113.50',
    source_kind: 'public',
    user_name: 'www-data',
    process_name: 'sshd',
    executable: '/usr/sbin/sshd',
    entity_id: 'entry-entity',
    start: '2025-01-10T09:59:00.000Z',
    event: event('exec-entry'),
  },
  children: [
    {
      entity_id: 'child-sh',
      pid: 4300,
      name: 'sh',
      executable: '/bin/sh',
      command_line: '/bin/sh -c id',
      args: ['/bin/sh', '-c', 'id'],
      working_directory: '/tmp/.cache',
      user_name: 'www-data',
      user_id: '33',
      start: '2025-01-10T10:03:00.000Z',
      event: event('exec-sh'),
      parent_entity_id: 'server-entity',
      is_shell: true,
      depth: 1,
    },
    {
      entity_id: 'child-id',
      pid: 4301,
      name: 'id',
      executable: '/usr/bin/id',
      command_line: 'id',
      args: ['id'],
      working_directory: '/tmp/.cache',
      user_name: 'www-data',
      user_id: '33',
      start: '2025-01-10T10:03:01.000Z',
      event: event('exec-id'),
      parent_entity_id: 'child-sh',
      is_shell: false,
      depth: 2,
    },
  ],
  clients: [
    {
      ip: '203.0.113.7',
      kind: 'public',
      connections: 4,
      first_seen: '2025-01-10T10:02:00.000Z',
      last_seen: '2025-01-10T10:04:00.000Z',
      source_ports: [50001, 50002, 50003, 50004],
      events: [event('net-1')],
    },
    {
      ip: '127.0.0.1',
      kind: 'loopback',
      connections: 1,
      first_seen: '2025-01-10T10:01:30.000Z',
      last_seen: '2025-01-10T10:01:30.000Z',
      source_ports: [40000],
      events: [event('net-2')],
    },
  ],
  outbound: [],
  files: [],
  related_alerts: [],
  timeline: [
    {
      timestamp: '2025-01-10T10:01:00.000Z',
      category: 'process',
      action: 'exec',
      summary: 'python3 -m http.server --cgi 8000',
      event: event('exec-1'),
    },
  ],
  facts: [
    { id: 'cgi_enabled', value: true, concerning: true, events: [event('exec-1')] },
    { id: 'listening_port', value: 8000, concerning: false, events: [event('exec-1')] },
    { id: 'shell_children', value: 1, concerning: true, events: [event('exec-sh')] },
    { id: 'public_clients', value: 1, concerning: true, events: [event('net-1')] },
  ],
  truncated: ['clients'],
});

/** Checklists of the three sections, the first steps linking to evidence panels and facts. */
export const buildChecklists = (): ChecklistsResponse => ({
  alert_id: 'alert-1',
  rule_id: RULE_IDS.connection,
  rule_name: 'Simple HTTP Web Server Connection',
  rule_version: 8,
  guide_hash: 'guide-hash-1',
  sections: [
    {
      id: 'investigation',
      title: 'Investigation steps',
      items: [
        {
          id: 'investigation-1',
          text: 'Check the process tree of the server.',
          panels: ['process', 'children'],
          facts: ['shell_children'],
        },
        {
          id: 'investigation-2',
          text: 'Review the clients that connected.',
          panels: ['clients'],
          facts: ['public_clients'],
        },
      ],
    },
    {
      id: 'false_positive',
      title: 'False positive analysis',
      items: [
        {
          id: 'false_positive-1',
          text: 'A developer serving files locally.',
          panels: [],
          facts: [],
        },
      ],
    },
    {
      id: 'response',
      title: 'Response and remediation',
      items: [{ id: 'response-1', text: 'Isolate the host.', panels: [], facts: [] }],
    },
  ],
});

const emptyStep = (itemId: string, sectionId: StepState['section_id']): StepState => ({
  item_id: itemId,
  section_id: sectionId,
  checked: false,
  checked_by: null,
  checked_at: null,
  note: '',
  note_updated_by: null,
  note_updated_at: null,
  action_taken: '',
});

/** An investigation of `buildChecklists()` that an analyst started and has not touched. */
export const buildInvestigation = (overrides: Partial<Investigation> = {}): Investigation => ({
  id: 'default:alert-1',
  version: 'v1',
  space_id: 'default',
  alert_id: 'alert-1',
  rule_id: RULE_IDS.connection,
  rule_name: 'Simple HTTP Web Server Connection',
  host_name: 'web-01',
  user_name: 'www-data',
  alert_timestamp: '2025-01-10T10:05:00.000Z',
  status: 'in_progress',
  analyst: 'alice',
  assignee: null,
  verdict: null,
  false_positive_category: null,
  closing_reason: null,
  steps: [
    emptyStep('investigation-1', 'investigation'),
    emptyStep('investigation-2', 'investigation'),
    emptyStep('false_positive-1', 'false_positive'),
    emptyStep('response-1', 'response'),
  ],
  review_comments: [],
  guide_hash: 'guide-hash-1',
  created_at: '2025-01-10T11:00:00.000Z',
  updated_at: '2025-01-10T11:00:00.000Z',
  submitted_at: null,
  reviewed_at: null,
  reviewed_by: null,
  ...overrides,
});
