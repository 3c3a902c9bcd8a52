import { buildChecklists } from '../../test_helpers/alert_fixtures';
import { formatChecklistSummary } from './format_checklist_summary';

describe('formatChecklistSummary', () => {
  it('lists every step with its tick and texts', () => {
    const summary = formatChecklistSummary(buildChecklists(), {
      'investigation-1': { checked: true, note: 'sh ran id.\nNothing else.', action_taken: '' },
      'response-1': { checked: true, note: '  ', action_taken: 'Isolated web-01 in EDR.' },
    });

    expect(summary).toBe(
      [
        'Simple HTTP Web Server Connection, alert alert-1',
        '',
        'Investigation steps (1 of 2)',
        '[x] Check the process tree of the server.',
        '    Note: sh ran id.',
        '    Nothing else.',
        '[ ] Review the clients that connected.',
        '',
        'False positive analysis (0 of 1)',
        '[ ] A developer serving files locally.',
        '',
        'Response and remediation (1 of 1)',
        '[x] Isolate the host.',
        '    Action taken: Isolated web-01 in EDR.',
        '',
      ].join('\n')
    );
  });
});
