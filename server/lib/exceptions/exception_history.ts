import type { estypes } from '@elastic/elasticsearch';

import type { AuditRecord, InvestigationHistoryResponse } from '../../../common/api/investigations';
import { AUDIT_INDEX, MAX_HISTORY_RECORDS } from '../../../common/constants';
import { NotFoundError } from '../investigations/errors';
import type { ExceptionServices } from './exception_services';
import { readException } from './exception_store';

/**
 * Builds the search for the audit records of an exception in a space, oldest first, at
 * most `MAX_HISTORY_RECORDS`.
 */
export function buildExceptionHistorySearch(spaceId: string, id: string): estypes.SearchRequest {
  return {
    index: AUDIT_INDEX,
    ignore_unavailable: true,
    size: MAX_HISTORY_RECORDS,
    track_total_hits: true,
    query: {
      bool: {
        filter: [
          { term: { space_id: spaceId } },
          { term: { object_type: 'exception' } },
          { term: { object_id: id } },
        ],
      },
    },
    sort: [{ timestamp: { order: 'asc' } }, { id: { order: 'asc' } }],
  };
}

/**
 * Lists the audit records of an exception, oldest first, in the shape of an investigation's
 * history with the exception id as `investigation_id`. A deleted exception keeps its
 * history. An id with neither an exception nor audit records in the space is not found.
 */
export async function getExceptionHistory(
  services: ExceptionServices,
  id: string
): Promise<InvestigationHistoryResponse> {
  const response = await services.internalClient.search<AuditRecord>(
    buildExceptionHistorySearch(services.spaceId, id)
  );
  const records = response.hits.hits
    .map((hit) => hit._source)
    .filter((record): record is AuditRecord => record !== undefined);
  const hitsTotal = response.hits.total;
  const total = typeof hitsTotal === 'number' ? hitsTotal : (hitsTotal?.value ?? records.length);

  if (total === 0) {
    const exception = await readException(
      services.internalClient,
      services.spaceId,
      id,
      new Date(services.now())
    );
    if (exception === null) {
      throw new NotFoundError(`Exception [${id}] was not found in space [${services.spaceId}]`);
    }
  }
  return { investigation_id: id, records, total, truncated: total > MAX_HISTORY_RECORDS };
}
