import { errors, type estypes } from '@elastic/elasticsearch';

import type { Investigation, InvestigationDocument } from '../../../common/api/investigations';
import { INVESTIGATIONS_INDEX } from '../../../common/constants';
import { encodeVersion, type SequenceNumbers } from '../../../common/investigations/version';
import type { ElasticsearchClient } from '../../elasticsearch_client';

/**
 * Reads and writes investigation documents with optimistic concurrency. Writes refresh
 * the index, so the review queue lists a change once the write returns. Analysts' clicks
 * cause these writes, so they are rare enough to refresh each time, while `wait_for`
 * would add up to the refresh interval (1 s by default) to every click.
 */

/** Reads the investigation with the id, or returns null when it does not exist. */
export async function readInvestigation(
  client: ElasticsearchClient,
  id: string
): Promise<Investigation | null> {
  const response = await client.get<InvestigationDocument>(
    { index: INVESTIGATIONS_INDEX, id },
    { ignore: [404] }
  );
  if (!response.found || response._source === undefined) {
    return null;
  }
  return toInvestigation(response._source, response);
}

/** Creates the investigation, or returns `exists` when the alert already has one. */
export async function createInvestigation(
  client: ElasticsearchClient,
  document: InvestigationDocument
): Promise<Investigation | 'exists'> {
  try {
    const response = await client.create({
      index: INVESTIGATIONS_INDEX,
      id: document.id,
      document,
      refresh: true,
    });
    return toInvestigation(document, response);
  } catch (error) {
    if (isVersionConflict(error)) {
      return 'exists';
    }
    throw error;
  }
}

/**
 * Overwrites the investigation only if it is still at `expected`, or returns `conflict`
 * when another write came first.
 */
export async function saveInvestigation(
  client: ElasticsearchClient,
  document: InvestigationDocument,
  expected: SequenceNumbers
): Promise<Investigation | 'conflict'> {
  try {
    const response = await client.index({
      index: INVESTIGATIONS_INDEX,
      id: document.id,
      document,
      if_seq_no: expected.seqNo,
      if_primary_term: expected.primaryTerm,
      refresh: true,
    });
    return toInvestigation(document, response);
  } catch (error) {
    if (isVersionConflict(error)) {
      return 'conflict';
    }
    throw error;
  }
}

/** Adds the version to a stored investigation; `version` never goes into `_source`. */
export function toInvestigation(
  source: InvestigationDocument,
  sequence: { _seq_no?: estypes.SequenceNumber; _primary_term?: number }
): Investigation {
  if (sequence._seq_no === undefined || sequence._primary_term === undefined) {
    throw new Error(`Investigation [${source.id}] was read without its sequence numbers`);
  }
  return {
    ...source,
    version: encodeVersion({ seqNo: sequence._seq_no, primaryTerm: sequence._primary_term }),
  };
}

/** Strips `version` before a write. */
export function toDocument({
  version: _version,
  ...document
}: Investigation): InvestigationDocument {
  return document;
}

function isVersionConflict(error: unknown): boolean {
  return error instanceof errors.ResponseError && error.statusCode === 409;
}
