import { AUDIT_INDEX, MAX_HISTORY_RECORDS } from '../../../common/constants';
import { buildHistorySearch } from './audit_store';
import { buildAuditRecord, createAuditId } from './build_audit_record';

describe('buildHistorySearch', () => {
  const search = buildHistorySearch({ spaceId: 'default', investigationId: 'default:a1', alertId: 'a1' });

  it('reads the investigation and its alert in the space, oldest first', () => {
    expect(search.index).toBe(AUDIT_INDEX);
    expect(search.size).toBe(MAX_HISTORY_RECORDS);
    expect(search.query?.bool?.filter).toEqual([{ term: { space_id: 'default' } }]);
    expect(search.query?.bool?.should).toEqual([
      { bool: { filter: [{ term: { object_type: 'investigation' } }, { term: { object_id: 'default:a1' } }] } },
      { bool: { filter: [{ term: { object_type: 'alert' } }, { term: { object_id: 'a1' } }] } },
    ]);
    expect(search.sort).toEqual([{ timestamp: { order: 'asc' } }, { id: { order: 'asc' } }]);
  });
});

describe('createAuditId', () => {
  it('sorts in write order within one millisecond', () => {
    const timestamp = '2026-12-04T10:00:00.000Z';
    const ids = Array.from({ length: 5 }, () => createAuditId(timestamp));
    expect([...ids].sort()).toEqual(ids);
  });

  it('sorts by time first', () => {
    const later = createAuditId('2026-12-04T10:00:00.001Z');
    const earlier = createAuditId('2026-12-04T10:00:00.000Z');
    expect(earlier < later).toBe(true);
  });
});

describe('buildAuditRecord', () => {
  it('copies the input into the record shape', () => {
    const record = buildAuditRecord({
      timestamp: '2026-12-04T10:00:00.000Z',
      spaceId: 'default',
      user: 'analyst',
      action: 'investigation_updated',
      objectType: 'investigation',
      objectId: 'default:a1',
      alertId: 'a1',
      changes: [{ field: 'verdict', before: null, after: 'true_positive' }],
    });
    expect(record).toMatchObject({
      timestamp: '2026-12-04T10:00:00.000Z',
      space_id: 'default',
      user: 'analyst',
      action: 'investigation_updated',
      object_type: 'investigation',
      object_id: 'default:a1',
      alert_id: 'a1',
      changes: [{ field: 'verdict', before: null, after: 'true_positive' }],
    });
    expect(record.id).toMatch(/^0*\d+-\d{6}-[0-9a-f]{8}$/);
  });
});
