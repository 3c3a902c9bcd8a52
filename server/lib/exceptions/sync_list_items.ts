import type { ExceptionRecord } from '../../../common/api/exceptions';
import { requireCurrentVersion, saveCurrentException } from './exception_checks';
import type { ExceptionServices } from './exception_services';
import { toExceptionDocument } from './exception_store';

/**
 * Writes an active exception to the rules' exception lists and stores the returned item
 * states on the record. `previous` is the record as the lists last saw it, or null when
 * the lists have no items of it yet. The record is written again only when the item
 * states changed, which never happens on the standalone host, whose sync writes nothing.
 * NOTE: the exception and its audit record are saved before this runs. When the sync
 * throws, the request fails with the exception already changed, and its next write tries
 * the lists again.
 */
export async function syncListItems(
  services: ExceptionServices,
  saved: ExceptionRecord,
  previous: ExceptionRecord | null
): Promise<ExceptionRecord> {
  const listItems = await services.listSync.write(saved, previous);
  if (JSON.stringify(listItems) === JSON.stringify(saved.list_items)) {
    return saved;
  }
  const document = { ...toExceptionDocument(saved), list_items: listItems };
  const expected = requireCurrentVersion(saved, saved.version);
  return saveCurrentException(services, document, expected, saved.version);
}
