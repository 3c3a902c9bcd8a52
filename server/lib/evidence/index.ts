export { getAlertEvidence } from './get_alert_evidence';
export { EvidenceSearchError } from './run_searches';
export {
  buildEvidenceSearches,
  type EvidenceSearch,
  type EvidenceSection,
} from './build_evidence_searches';
export {
  parseServerCommandLine,
  readServerCommandLine,
  type ServerCommandLine,
} from './command_line';
export { classifyServedDirectory, resolveServedDirectory } from './served_directory';
export { CLIENT_EVENTS_TRUNCATED } from './assemble_evidence';
