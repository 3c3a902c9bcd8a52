import type { estypes } from '@elastic/elasticsearch';

import type { AuditRecord } from '../../../common/api/investigations';
import { AUDIT_INDEX, MAX_HISTORY_RECORDS } from '../../../common/constants';
import type { ElasticsearchClient } from '../../elasticsearch_client';

/**
 * Appends audit records. `create` never replaces a record, so the index only grows. The
 * write refreshes the index, as investigation writes do, so the history lists the
 * records once this returns.
 */
export async function writeAuditRecords(
  client: ElasticsearchClient,
  records: AuditRecord[]
): Promise<void> {
  if (records.length === 0) {
    return;
  }
  const response = await client.bulk({
    refresh: true,
    operations: records.flatMap((record) => [
      { create: { _index: AUDIT_INDEX, _id: record.id } },
      record,
    ]),
  });
  if (response.errors) {
    const failures = response.items
      .map((item) => item.create?.error)
      .filter((error): error is estypes.ErrorCause => error !== undefined)
      .map((error) => error.reason ?? error.type);
    throw new Error(`Failed to write ${failures.length} audit records: ${failures.join('; ')}`);
  }
}

/**
 * Builds the search for the history of an investigation: its own records and the
 * workflow status changes of its alert, oldest first, at most `MAX_HISTORY_RECORDS`.
 */
export function buildHistorySearch(params: {
  spaceId: string;
  investigationId: string;
  alertId: string;
}): estypes.SearchRequest {
  return {
    index: AUDIT_INDEX,
    ignore_unavailable: true,
    size: MAX_HISTORY_RECORDS,
    track_total_hits: true,
    query: {
      bool: {
        filter: [{ term: { space_id: params.spaceId } }],
        should: [
          {
            bool: {
              filter: [
                { term: { object_type: 'investigation' } },
                { term: { object_id: params.investigationId } },
              ],
            },
          },
          {
            bool: {
              filter: [{ term: { object_type: 'alert' } }, { term: { object_id: params.alertId } }],
            },
          },
        ],
        minimum_should_match: 1,
      },
    },
    sort: [{ timestamp: { order: 'asc' } }, { id: { order: 'asc' } }],
  };
}

/** Reads the history of an investigation with the total number of matching records. */
export async function readHistory(
  client: ElasticsearchClient,
  params: { spaceId: string; investigationId: string; alertId: string }
): Promise<{ records: AuditRecord[]; total: number }> {
  const response = await client.search<AuditRecord>(buildHistorySearch(params));
  const records = response.hits.hits
    .map((hit) => hit._source)
    .filter((record): record is AuditRecord => record !== undefined);
  const total = response.hits.total;
  return { records, total: typeof total === 'number' ? total : (total?.value ?? records.length) };
}
