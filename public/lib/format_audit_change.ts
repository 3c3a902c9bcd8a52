import type { AuditChange } from '../../common/api/investigations';

/** Maximum length of a value in the history, in characters. The report has the full text. */
const MAX_VALUE_LENGTH = 300;

export interface FormatLabels {
  empty: string;
  yes: string;
  no: string;
  /** Name of a step that is not in the current checklists, such as "Step investigation-1". */
  unknownStep: (itemId: string) => string;
  /** Label of a step field such as `steps.investigation-1.checked`, from the step's name. */
  stepField: (stepName: string, field: string) => string;
  fields: Record<string, string>;
  /** Labels of enumerated values by field, such as the verdict `false_positive`. */
  values: Record<string, Record<string, string>>;
}

const truncate = (text: string): string =>
  text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;

/** Formats one value of the audit change of `field` as text. */
export const formatAuditValue = (field: string, value: unknown, labels: FormatLabels): string => {
  if (value === null || value === undefined || value === '') {
    return labels.empty;
  }

  const valueLabel = typeof value === 'string' ? labels.values[field]?.[value] : undefined;

  if (valueLabel !== undefined) {
    return valueLabel;
  }

  if (typeof value === 'boolean') {
    return value ? labels.yes : labels.no;
  }

  if (typeof value === 'string' || typeof value === 'number') {
    return truncate(String(value));
  }

  return truncate(JSON.stringify(value));
};

/**
 * Formats the field name of an audit change, such as "Verdict" or "Step investigation-1 note".
 * `stepNames` maps step ids to names. A step missing from it is named by its id.
 */
export const formatAuditField = (
  field: string,
  labels: FormatLabels,
  stepNames: ReadonlyMap<string, string> = new Map()
): string => {
  const stepMatch = /^steps\.([^.]+)\.(.+)$/.exec(field);

  if (stepMatch) {
    const [, itemId, stepField] = stepMatch;
    const stepName = stepNames.get(itemId) ?? labels.unknownStep(itemId);

    return labels.stepField(stepName, labels.fields[stepField] ?? stepField);
  }

  return labels.fields[field] ?? field;
};

/** Formats an audit change as one line: `field: before → after`. */
export const formatAuditChange = (
  { field, before, after }: AuditChange,
  labels: FormatLabels,
  stepNames?: ReadonlyMap<string, string>
) => {
  const beforeText = formatAuditValue(field, before, labels);
  const afterText = formatAuditValue(field, after, labels);

  return `${formatAuditField(field, labels, stepNames)}: ${beforeText} → ${afterText}`;
};
