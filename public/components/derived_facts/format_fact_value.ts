import type { DerivedFact } from '../../../common/api/evidence';
import { LAUNCHERS, NO, SERVED_DIRECTORY_KINDS, UNKNOWN, YES } from './translations';

const lookup = (labels: Record<string, string>, value: string): string => labels[value] ?? value;

/** Formats a fact's value for display: booleans as Yes or No, enum values by their label. */
export const formatFactValue = ({ id, value }: DerivedFact): string => {
  if (value === null) {
    return UNKNOWN;
  }

  if (typeof value === 'boolean') {
    return value ? YES : NO;
  }

  if (id === 'served_directory_kind') {
    return lookup(SERVED_DIRECTORY_KINDS, String(value));
  }

  if (id === 'launched_by') {
    return lookup(LAUNCHERS, String(value));
  }

  return String(value);
};
