/**
 * The opaque `version` of an investigation: base64 of the JSON array
 * `[seq_no, primary_term]`, as Kibana encodes saved object versions. A write sends it
 * back, and the server passes the pair to Elasticsearch as `if_seq_no` and
 * `if_primary_term`, so a write based on an older read fails instead of overwriting.
 * `btoa` and `atob` exist in browsers and in Node 16 and later.
 */
export interface SequenceNumbers {
  seqNo: number;
  primaryTerm: number;
}

export function encodeVersion({ seqNo, primaryTerm }: SequenceNumbers): string {
  return btoa(JSON.stringify([seqNo, primaryTerm]));
}

/** Decodes a version, or returns null when it is not one `encodeVersion` could have made. */
export function decodeVersion(version: string): SequenceNumbers | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(atob(version));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) {
    return null;
  }
  const [seqNo, primaryTerm] = parsed as unknown[];
  if (!isNonNegativeInteger(seqNo) || !isNonNegativeInteger(primaryTerm)) {
    return null;
  }
  return { seqNo, primaryTerm };
}

function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
