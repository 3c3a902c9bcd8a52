import type { ExceptionFields, ExceptionRecord } from '../../common/api/exceptions';
import { RULE_IDS } from '../../common/constants';

/** Fields of an exception for a developer's preview server on one workstation. */
export const buildExceptionFields = (
  overrides: Partial<ExceptionFields> = {}
): ExceptionFields => ({
  name: 'Developer previews on dev-ws-07',
  reason: 'Developers preview static sites with python3 -m http.server on their workstations.',
  category: 'development_or_testing',
  rule_ids: [RULE_IDS.connection, RULE_IDS.creation, RULE_IDS.pythonServer],
  entries: [
    { field: 'host.name', type: 'match', operator: 'included', value: 'dev-ws-07' },
    {
      field: 'process.name',
      type: 'match_any',
      operator: 'included',
      value: ['python3', 'python'],
    },
  ],
  expire_time: null,
  ...overrides,
});

/** An active exception as the API returns it. */
export const buildExceptionRecord = (
  overrides: Partial<ExceptionRecord> = {}
): ExceptionRecord => ({
  id: 'exception-1',
  version: 'WzEsMV0=',
  space_id: 'default',
  ...buildExceptionFields(),
  state: 'active',
  status: 'active',
  created_by: 'admin',
  created_at: '2025-01-10T12:00:00.000Z',
  updated_by: 'admin',
  updated_at: '2025-01-10T12:00:00.000Z',
  proposal: null,
  decision: null,
  list_items: [],
  ...overrides,
});

/** A proposal an analyst made from the investigation of `alert-1`. */
export const buildProposalRecord = (overrides: Partial<ExceptionRecord> = {}): ExceptionRecord =>
  buildExceptionRecord({
    id: 'proposal-1',
    name: 'Lab classes on lab-03',
    state: 'proposed',
    status: 'proposed',
    created_by: 'alice',
    updated_by: 'alice',
    proposal: {
      proposed_by: 'alice',
      proposed_at: '2025-01-11T09:30:00.000Z',
      alert_id: 'alert-1',
      investigation_id: 'default:alert-1',
    },
    ...overrides,
  });
