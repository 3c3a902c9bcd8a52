import { randomUUID } from 'node:crypto';

import type { AuditAction, AuditChange, AuditRecord } from '../../../common/api/investigations';

let sequence = 0;

/**
 * Makes an audit record id that sorts in the order this Kibana node wrote the records:
 * the time in milliseconds, a per-process counter for records of the same millisecond,
 * and a random part that keeps ids of different nodes apart.
 */
export function createAuditId(timestamp: string): string {
  sequence = (sequence + 1) % 1_000_000;
  const millis = String(Date.parse(timestamp)).padStart(15, '0');
  return `${millis}-${String(sequence).padStart(6, '0')}-${randomUUID().slice(0, 8)}`;
}

export interface AuditRecordInput {
  timestamp: string;
  spaceId: string;
  user: string;
  action: AuditAction;
  objectType: AuditRecord['object_type'];
  objectId: string;
  alertId: string | null;
  changes: AuditChange[];
}

export function buildAuditRecord(input: AuditRecordInput): AuditRecord {
  return {
    id: createAuditId(input.timestamp),
    timestamp: input.timestamp,
    space_id: input.spaceId,
    user: input.user,
    action: input.action,
    object_type: input.objectType,
    object_id: input.objectId,
    alert_id: input.alertId,
    changes: input.changes,
  };
}
