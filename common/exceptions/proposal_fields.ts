import type {
  ExceptionCategory,
  ExceptionFields,
  MAX_EXCEPTION_NAME_LENGTH as API_MAX_EXCEPTION_NAME_LENGTH,
  MAX_EXCEPTION_REASON_LENGTH as API_MAX_EXCEPTION_REASON_LENGTH,
} from '../api/exceptions';
import type { AlertEvidence } from '../api/evidence';
import type { Investigation, Verdict } from '../api/investigations';
import { RULE_IDS, SUPPORTED_RULE_ID_TUPLE } from '../constants';
import { ECS_FIELDS } from '../ecs_fields';
import type { EntryMatch, MAX_VALUE_LENGTH as API_MAX_VALUE_LENGTH } from './entries';

/*
 * The limits of `exceptionFieldsSchema`, repeated because a value import from the schema
 * modules bundles zod into the browser app. The annotations fail to compile if they drift.
 */
const MAX_NAME_LENGTH: typeof API_MAX_EXCEPTION_NAME_LENGTH = 256;
const MAX_REASON_LENGTH: typeof API_MAX_EXCEPTION_REASON_LENGTH = 5_000;
const MAX_VALUE_LENGTH: typeof API_MAX_VALUE_LENGTH = 1024;

/** The investigation fields a proposal reads. Both the saved record and the form values fit. */
export type ProposalVerdictFields = Pick<
  Investigation,
  'verdict' | 'false_positive_category' | 'closing_reason'
>;

/** Verdicts that find the server benign. Only these let an analyst propose an exception. */
export const BENIGN_VERDICTS = [
  'false_positive',
  'benign_true_positive',
] as const satisfies readonly Verdict[];
export type BenignVerdict = (typeof BENIGN_VERDICTS)[number];

export const isBenignVerdict = (verdict: Verdict | null): verdict is BenignVerdict =>
  BENIGN_VERDICTS.some((benign) => benign === verdict);

/** Localized text of a draft, which the browser app supplies through `i18n.translate`. */
export interface ProposalText {
  /** The exception's name, such as "Development or testing on dev-ws-07". */
  name: (category: ExceptionCategory, hostName: string | null) => string;
  /** The reason used when the investigation has no closing reason. */
  reasonForVerdict: (verdict: BenignVerdict) => string;
}

const matchEntry = (field: EntryMatch['field'], value: string): EntryMatch => ({
  field,
  type: 'match',
  operator: 'included',
  value,
});

/** Returns the trimmed text when an entry can store it, or null for blank or oversized text. */
const readEntryText = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';

  return trimmed.length > 0 && trimmed.length <= MAX_VALUE_LENGTH ? trimmed : null;
};

/** Returns the listening port fact as digits, or null unless it is a port from 1 to 65535. */
const readListeningPort = (evidence: AlertEvidence): string | null => {
  const fact = evidence.facts.find((candidate) => candidate.id === 'listening_port');
  const value = fact?.value;
  const port = typeof value === 'string' && /^[0-9]{1,5}$/.test(value) ? Number(value) : value;

  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
    return null;
  }

  return String(port);
};

/**
 * Builds `match` entries on the server's user, host, working directory, parent process name
 * and listening port, leaving out each value the evidence lacks.
 */
export const buildProposalEntries = (evidence: AlertEvidence): EntryMatch[] => {
  const { alert, process } = evidence;
  const candidates: Array<[EntryMatch['field'], string | null]> = [
    [ECS_FIELDS.userName, readEntryText(process?.user_name) ?? readEntryText(alert.user_name)],
    [ECS_FIELDS.hostName, readEntryText(alert.host_name)],
    [ECS_FIELDS.processWorkingDirectory, readEntryText(process?.working_directory)],
    [ECS_FIELDS.parentName, readEntryText(process?.parent?.name)],
    // Only Connection alerts contain the accepted connection, whose destination.port is the
    // listening port. On other alerts this entry would keep the exception from matching.
    [
      ECS_FIELDS.destinationPort,
      alert.rule.rule_id === RULE_IDS.connection ? readListeningPort(evidence) : null,
    ],
  ];
  const entries: EntryMatch[] = [];

  for (const [field, value] of candidates) {
    if (value !== null) {
      entries.push(matchEntry(field, value));
    }
  }

  return entries;
};

const SUPPORTED_RULES = SUPPORTED_RULE_ID_TUPLE;

/** Returns the alert's rule when it is a supported one, or all three supported rules otherwise. */
const readRuleIds = (evidence: AlertEvidence): ExceptionFields['rule_ids'] => {
  const rule = SUPPORTED_RULES.find((ruleId) => ruleId === evidence.alert.rule.rule_id);

  return rule === undefined ? [...SUPPORTED_RULES] : [rule];
};

/**
 * Builds the exception an analyst proposes from an alert's evidence and its investigation.
 * It takes the false positive category (or `other`) and the closing reason (or a sentence
 * naming the verdict). It names only the alert's rule, because the entries come from this
 * alert's events and another rule's alerts may lack some of their fields (a single-event
 * alert has no listening port); the admin can add rules and preview the result. It sets no
 * expiry. Returns null unless the verdict is benign, and null
 * when the evidence has none of the values the entries match on, because an exception needs
 * at least one entry.
 */
export const buildProposalFields = (
  evidence: AlertEvidence,
  investigation: ProposalVerdictFields,
  text: ProposalText
): ExceptionFields | null => {
  const { verdict } = investigation;
  const entries = buildProposalEntries(evidence);

  if (!isBenignVerdict(verdict) || entries.length === 0) {
    return null;
  }

  const category = investigation.false_positive_category ?? 'other';
  const hostName = evidence.alert.host_name?.trim() || null;
  const closingReason = investigation.closing_reason?.trim() ?? '';
  const reason = closingReason || text.reasonForVerdict(verdict);

  return {
    name: text.name(category, hostName).trim().slice(0, MAX_NAME_LENGTH),
    reason: reason.slice(0, MAX_REASON_LENGTH),
    category,
    rule_ids: readRuleIds(evidence),
    entries,
    expire_time: null,
  };
};
