import { FORMAT_LABELS } from '../components/investigation_history/translations';
import { formatAuditChange } from './format_audit_change';

describe('formatAuditChange', () => {
  it('labels a step tick by id', () => {
    const line = formatAuditChange(
      { field: 'steps.investigation-1.checked', before: false, after: true },
      FORMAT_LABELS
    );

    expect(line).toBe('Step investigation-1 checked: no → yes');
  });

  it('labels a step by its name', () => {
    const stepNames = new Map([['investigation-1', 'Investigation step 1 "Check the tree"']]);

    const line = formatAuditChange(
      { field: 'steps.investigation-1.note', before: null, after: 'parent is bash' },
      FORMAT_LABELS,
      stepNames
    );

    expect(line).toBe('Investigation step 1 "Check the tree" note: (empty) → parent is bash');
  });

  it('labels an unnamed step by id', () => {
    const stepNames = new Map([['investigation-1', 'Investigation step 1 "Check the tree"']]);

    const line = formatAuditChange(
      { field: 'steps.response-4.checked', before: true, after: false },
      FORMAT_LABELS,
      stepNames
    );

    expect(line).toBe('Step response-4 checked: yes → no');
  });

  it('labels enumerated values', () => {
    const line = formatAuditChange(
      { field: 'verdict', before: null, after: 'false_positive' },
      FORMAT_LABELS
    );

    expect(line).toBe('Verdict: (empty) → False positive');
  });

  it('labels the alert workflow status', () => {
    const line = formatAuditChange(
      { field: 'kibana.alert.workflow_status', before: 'open', after: 'acknowledged' },
      FORMAT_LABELS
    );

    expect(line).toBe('Alert workflow status: Open → Acknowledged');
  });

  it('keeps unknown fields and shortens long text', () => {
    const line = formatAuditChange(
      { field: 'custom', before: '', after: 'x'.repeat(400) },
      FORMAT_LABELS
    );

    expect(line).toBe(`custom: (empty) → ${'x'.repeat(300)}…`);
  });

  it('writes objects as JSON', () => {
    const line = formatAuditChange(
      { field: 'review_comments', before: [], after: [{ action: 'approved' }] },
      FORMAT_LABELS
    );

    expect(line).toBe('review_comments: [] → [{"action":"approved"}]');
  });
});
