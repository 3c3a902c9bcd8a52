import { nameStep } from '../components/investigation_history/translations';
import { buildChecklists } from '../test_helpers/alert_fixtures';
import { buildStepNames, shortenStepText } from './checklist_step_names';

describe('shortenStepText', () => {
  it('keeps short text', () => {
    expect(shortenStepText('Isolate the host.')).toBe('Isolate the host.');
  });

  it('cuts long text at a word', () => {
    const text = 'Review the process details, including the command line and the user.';

    expect(shortenStepText(text)).toBe('Review the process details, including…');
  });

  it('cuts one long word', () => {
    expect(shortenStepText('x'.repeat(50))).toBe(`${'x'.repeat(40)}…`);
  });

  it('joins lines', () => {
    expect(shortenStepText('  Check\n  the   tree. ')).toBe('Check the tree.');
  });
});

describe('buildStepNames', () => {
  it('names steps by section and position', () => {
    const names = buildStepNames(buildChecklists(), nameStep);

    expect(names.get('investigation-1')).toBe(
      'Investigation step 1 "Check the process tree of the server."'
    );
    expect(names.get('investigation-2')).toBe(
      'Investigation step 2 "Review the clients that connected."'
    );
    expect(names.get('false_positive-1')).toBe(
      'False positive step 1 "A developer serving files locally."'
    );
    expect(names.get('response-1')).toBe('Response step 1 "Isolate the host."');
  });

  it('returns no names without checklists', () => {
    expect(buildStepNames(undefined, nameStep).size).toBe(0);
  });
});
