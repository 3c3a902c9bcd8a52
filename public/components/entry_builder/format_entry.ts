import type { ExceptionEntry } from '../../../common/exceptions/entries';
import { entrySummary, existsSummary, SUMMARY_VERBS } from './translations';

/** Returns one entry as a readable line, such as "source.ip is one of 10.0.0.0/8, 127.0.0.1". */
export const formatEntry = (entry: ExceptionEntry): string => {
  const verb = SUMMARY_VERBS[entry.operator][entry.type];

  if (entry.type === 'exists') {
    return existsSummary(entry.field, verb);
  }

  const value = entry.type === 'match_any' ? entry.value.join(', ') : entry.value;

  return entrySummary(entry.field, verb, value);
};
