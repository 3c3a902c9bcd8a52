import type { ExceptionDocument } from '../../../common/api/exceptions';
import { decodeVersion } from '../../../common/investigations/version';
import { toExceptionDocument, toExceptionDocumentId, toExceptionRecord } from './exception_store';

const document: ExceptionDocument = {
  id: 'e1',
  space_id: 'team',
  name: 'Cron export',
  reason: 'Nightly export over HTTP',
  category: 'automation_or_cron',
  rule_ids: ['183f3cd2-4cc6-44c0-917c-c5d29ecdcf74'],
  entries: [{ field: 'user.name', type: 'match', operator: 'included', value: 'backup' }],
  expire_time: '2026-12-04T10:00:00.000Z',
  state: 'active',
  created_by: 'admin',
  created_at: '2026-12-01T10:00:00.000Z',
  updated_by: 'admin',
  updated_at: '2026-12-01T10:00:00.000Z',
  proposal: null,
  decision: null,
  list_items: [],
};

const sequence = { _seq_no: 7, _primary_term: 2 };

describe('toExceptionRecord', () => {
  it('is active before the expiry', () => {
    const record = toExceptionRecord(document, sequence, new Date('2026-12-04T09:59:59.999Z'));
    expect(record.status).toBe('active');
    expect(decodeVersion(record.version)).toEqual({ seqNo: 7, primaryTerm: 2 });
  });

  it('is expired from the expiry on', () => {
    const record = toExceptionRecord(document, sequence, new Date('2026-12-04T10:00:00.000Z'));
    expect(record.status).toBe('expired');
  });

  it('keeps a proposal proposed past its expiry', () => {
    const proposal = { ...document, state: 'proposed' as const };
    const record = toExceptionRecord(proposal, sequence, new Date('2027-01-01T00:00:00.000Z'));
    expect(record.status).toBe('proposed');
  });

  it('fails without sequence numbers', () => {
    expect(() => toExceptionRecord(document, {}, new Date())).toThrow(
      'Exception [e1] was read without its sequence numbers'
    );
  });

  it('strips version and status for a write', () => {
    const record = toExceptionRecord(document, sequence, new Date());
    expect(toExceptionDocument(record)).toEqual(document);
  });
});

describe('toExceptionDocumentId', () => {
  it('prefixes the space id', () => {
    expect(toExceptionDocumentId('team', 'e1')).toBe('team:e1');
  });
});
