import { errors, type estypes } from '@elastic/elasticsearch';

import {
  toExceptionStatus,
  type ExceptionDocument,
  type ExceptionRecord,
} from '../../../common/api/exceptions';
import { EXCEPTIONS_INDEX } from '../../../common/constants';
import { encodeVersion, type SequenceNumbers } from '../../../common/investigations/version';
import type { ElasticsearchClient } from '../../elasticsearch_client';

/**
 * Reads and writes exception documents with optimistic concurrency. The document `_id` is
 * `<space id>:<exception id>`, so a read by id never reaches another space. Writes refresh
 * the index, as investigation writes do, so the list shows a change once the write returns.
 */

type SequenceFields = { _seq_no?: estypes.SequenceNumber; _primary_term?: number };

/** Returns the `_id` of an exception document. */
export function toExceptionDocumentId(spaceId: string, id: string): string {
  return `${spaceId}:${id}`;
}

/** Reads the exception with the id in the space, or returns null when it does not exist. */
export async function readException(
  client: ElasticsearchClient,
  spaceId: string,
  id: string,
  now: Date
): Promise<ExceptionRecord | null> {
  const response = await client.get<ExceptionDocument>(
    { index: EXCEPTIONS_INDEX, id: toExceptionDocumentId(spaceId, id) },
    { ignore: [404] }
  );
  if (!response.found || response._source === undefined) {
    return null;
  }
  return toExceptionRecord(response._source, response, now);
}

/** Writes a new exception; its id is a fresh UUID, so it cannot exist yet. */
export async function insertException(
  client: ElasticsearchClient,
  document: ExceptionDocument,
  now: Date
): Promise<ExceptionRecord> {
  const response = await client.create({
    index: EXCEPTIONS_INDEX,
    id: toExceptionDocumentId(document.space_id, document.id),
    document,
    refresh: true,
  });
  return toExceptionRecord(document, response, now);
}

/**
 * Overwrites the exception only if it is still at `expected`, or returns `conflict` when
 * another write came first.
 */
export async function saveException(
  client: ElasticsearchClient,
  document: ExceptionDocument,
  expected: SequenceNumbers,
  now: Date
): Promise<ExceptionRecord | 'conflict'> {
  try {
    const response = await client.index({
      index: EXCEPTIONS_INDEX,
      id: toExceptionDocumentId(document.space_id, document.id),
      document,
      if_seq_no: expected.seqNo,
      if_primary_term: expected.primaryTerm,
      refresh: true,
    });
    return toExceptionRecord(document, response, now);
  } catch (error) {
    if (isVersionConflict(error)) {
      return 'conflict';
    }
    throw error;
  }
}

/**
 * Deletes the exception only if it is still at `expected`. Returns `conflict` when another
 * write came first and `not_found` when another delete did.
 */
export async function deleteExceptionDocument(
  client: ElasticsearchClient,
  document: Pick<ExceptionDocument, 'space_id' | 'id'>,
  expected: SequenceNumbers
): Promise<'deleted' | 'conflict' | 'not_found'> {
  try {
    const response = await client.delete(
      {
        index: EXCEPTIONS_INDEX,
        id: toExceptionDocumentId(document.space_id, document.id),
        if_seq_no: expected.seqNo,
        if_primary_term: expected.primaryTerm,
        refresh: true,
      },
      { ignore: [404] }
    );
    return response.result === 'not_found' ? 'not_found' : 'deleted';
  } catch (error) {
    if (isVersionConflict(error)) {
      return 'conflict';
    }
    throw error;
  }
}

/** Adds the version and the status at `now` to a stored exception. */
export function toExceptionRecord(
  source: ExceptionDocument,
  sequence: SequenceFields,
  now: Date
): ExceptionRecord {
  if (sequence._seq_no === undefined || sequence._primary_term === undefined) {
    throw new Error(`Exception [${source.id}] was read without its sequence numbers`);
  }
  return {
    ...source,
    version: encodeVersion({ seqNo: sequence._seq_no, primaryTerm: sequence._primary_term }),
    status: toExceptionStatus(source.state, source.expire_time, now),
  };
}

/** Strips `version` and `status` before a write; neither goes into `_source`. */
export function toExceptionDocument({
  version: _version,
  status: _status,
  ...document
}: ExceptionRecord): ExceptionDocument {
  return document;
}

function isVersionConflict(error: unknown): boolean {
  return error instanceof errors.ResponseError && error.statusCode === 409;
}
