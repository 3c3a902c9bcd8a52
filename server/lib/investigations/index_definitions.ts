import type { estypes } from '@elastic/elasticsearch';

import { MAX_EXCEPTION_REASON_LENGTH } from '../../../common/api/exceptions';
import { AUDIT_INDEX, EXCEPTIONS_INDEX, INVESTIGATIONS_INDEX } from '../../../common/constants';

/** A plugin-owned index with the template that gives it settings and mappings. */
export interface ManagedIndex {
  index: string;
  templateName: string;
  description: string;
  mappings: estypes.MappingTypeMapping;
}

const keyword = { type: 'keyword' } as const;
const date = { type: 'date' } as const;
/** Free text stays searchable; the keyword sub-field sorts and aggregates short values. */
const textWithKeyword = {
  type: 'text',
  fields: { keyword: { type: 'keyword', ignore_above: 1024 } },
} as const;

/**
 * Mappings of the investigations index. `steps` is an `object` array, not `nested`: no
 * query matches two fields of the same step (the queue filters on top-level fields only),
 * and `nested` would index every step as its own hidden document. Querying one step's
 * fields together later needs a `nested` field, which only a reindex can add.
 * `dynamic: strict` rejects a write with an unmapped field, so a field added to the code
 * without its mapping fails loudly instead of being guessed.
 */
export const INVESTIGATIONS_MAPPINGS: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  properties: {
    id: keyword,
    space_id: keyword,
    alert_id: keyword,
    rule_id: keyword,
    rule_name: keyword,
    host_name: keyword,
    user_name: keyword,
    alert_timestamp: date,
    status: keyword,
    analyst: keyword,
    assignee: keyword,
    verdict: keyword,
    false_positive_category: keyword,
    closing_reason: textWithKeyword,
    steps: {
      type: 'object',
      properties: {
        item_id: keyword,
        section_id: keyword,
        checked: { type: 'boolean' },
        checked_by: keyword,
        checked_at: date,
        note: { type: 'text' },
        note_updated_by: keyword,
        note_updated_at: date,
        action_taken: { type: 'text' },
      },
    },
    review_comments: {
      type: 'object',
      properties: {
        action: keyword,
        author: keyword,
        created_at: date,
        comment: { type: 'text' },
      },
    },
    guide_hash: keyword,
    created_at: date,
    updated_at: date,
    submitted_at: date,
    reviewed_at: date,
    reviewed_by: keyword,
  },
};

/**
 * Mappings of the audit index. The values before and after a change can be any JSON
 * value, so they are kept in `_source` only (`enabled: false` accepts any value).
 */
export const AUDIT_MAPPINGS: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  properties: {
    id: keyword,
    timestamp: date,
    space_id: keyword,
    user: keyword,
    action: keyword,
    object_type: keyword,
    object_id: keyword,
    alert_id: keyword,
    changes: {
      type: 'object',
      properties: {
        field: keyword,
        before: { type: 'object', enabled: false },
        after: { type: 'object', enabled: false },
      },
    },
  },
};

/**
 * Mappings of the exceptions index. An entry's `value` is a string or, for `match_any`, an
 * array of strings, and a keyword field takes both. `reason` keeps a keyword sub-field up
 * to its maximum length, so the list's search finds text anywhere in it.
 */
export const EXCEPTIONS_MAPPINGS: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  properties: {
    id: keyword,
    space_id: keyword,
    name: textWithKeyword,
    reason: {
      type: 'text',
      fields: { keyword: { type: 'keyword', ignore_above: MAX_EXCEPTION_REASON_LENGTH } },
    },
    category: keyword,
    rule_ids: keyword,
    entries: {
      type: 'object',
      properties: { field: keyword, type: keyword, operator: keyword, value: keyword },
    },
    expire_time: date,
    state: keyword,
    created_by: keyword,
    created_at: date,
    updated_by: keyword,
    updated_at: date,
    proposal: {
      type: 'object',
      properties: {
        proposed_by: keyword,
        proposed_at: date,
        alert_id: keyword,
        investigation_id: keyword,
      },
    },
    decision: {
      type: 'object',
      properties: { decided_by: keyword, decided_at: date, comment: { type: 'text' } },
    },
    list_items: {
      type: 'object',
      properties: {
        rule_id: keyword,
        list_id: keyword,
        item_id: keyword,
        status: keyword,
        message: { type: 'text' },
        synced_at: date,
      },
    },
  },
};

export const MANAGED_INDICES: readonly ManagedIndex[] = [
  {
    index: INVESTIGATIONS_INDEX,
    templateName: 'simple-http-investigation-investigations',
    description: 'Saved investigations of simple HTTP server alerts, one per alert and space',
    mappings: INVESTIGATIONS_MAPPINGS,
  },
  {
    index: AUDIT_INDEX,
    templateName: 'simple-http-investigation-audit',
    description: 'Audit records of changes to investigations and to alert workflow status',
    mappings: AUDIT_MAPPINGS,
  },
  {
    index: EXCEPTIONS_INDEX,
    templateName: 'simple-http-investigation-exceptions',
    description: 'Exceptions that mark alerts of known benign simple HTTP servers, per space',
    mappings: EXCEPTIONS_MAPPINGS,
  },
];
