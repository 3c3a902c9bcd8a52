import { i18n } from '../../i18n';

export const FIELD_LABEL = i18n.translate('simpleHttpInvestigation.entryBuilder.fieldLabel', {
  defaultMessage: 'Field',
});

export const OPERATOR_LABEL = i18n.translate('simpleHttpInvestigation.entryBuilder.operatorLabel', {
  defaultMessage: 'Operator',
});

export const TYPE_LABEL = i18n.translate('simpleHttpInvestigation.entryBuilder.typeLabel', {
  defaultMessage: 'Type',
});

export const VALUE_LABEL = i18n.translate('simpleHttpInvestigation.entryBuilder.valueLabel', {
  defaultMessage: 'Value',
});

export const VALUES_PLACEHOLDER = i18n.translate(
  'simpleHttpInvestigation.entryBuilder.valuesPlaceholder',
  { defaultMessage: 'Type a value and press Enter' }
);

export const NO_VALUE = i18n.translate('simpleHttpInvestigation.entryBuilder.noValue', {
  defaultMessage: 'No value: the field only has to be present',
});

export const OPERATOR_LABELS: Record<string, string> = {
  included: i18n.translate('simpleHttpInvestigation.entryBuilder.operatorIncluded', {
    defaultMessage: 'is',
  }),
  excluded: i18n.translate('simpleHttpInvestigation.entryBuilder.operatorExcluded', {
    defaultMessage: 'is not',
  }),
};

export const TYPE_LABELS: Record<string, string> = {
  match: i18n.translate('simpleHttpInvestigation.entryBuilder.typeMatch', {
    defaultMessage: 'is',
  }),
  match_any: i18n.translate('simpleHttpInvestigation.entryBuilder.typeMatchAny', {
    defaultMessage: 'is one of',
  }),
  wildcard: i18n.translate('simpleHttpInvestigation.entryBuilder.typeWildcard', {
    defaultMessage: 'matches',
  }),
  exists: i18n.translate('simpleHttpInvestigation.entryBuilder.typeExists', {
    defaultMessage: 'exists',
  }),
};

export const ADD_ENTRY = i18n.translate('simpleHttpInvestigation.entryBuilder.addEntry', {
  defaultMessage: 'Add entry (AND)',
});

export const ALL_MUST_MATCH = i18n.translate('simpleHttpInvestigation.entryBuilder.allMustMatch', {
  defaultMessage: 'An alert matches when every entry matches.',
});

export const WILDCARD_HELP = i18n.translate('simpleHttpInvestigation.entryBuilder.wildcardHelp', {
  defaultMessage: '* stands for any characters and ? for one character.',
});

export const removeEntryLabel = (position: number) =>
  i18n.translate('simpleHttpInvestigation.entryBuilder.removeEntry', {
    defaultMessage: 'Remove entry {position}',
    values: { position },
  });

export const entryLegend = (position: number) =>
  i18n.translate('simpleHttpInvestigation.entryBuilder.entryLegend', {
    defaultMessage: 'Entry {position}',
    values: { position },
  });

/** Names the entry and the part a schema message concerns, such as "Entry 2 (source.ip) value". */
export const entryError = (position: number, field: string, part: string, message: string) =>
  i18n.translate('simpleHttpInvestigation.entryBuilder.entryError', {
    defaultMessage: 'Entry {position} ({field}): {part} {message}',
    values: { position, field, part, message },
  });

export const ERROR_PARTS: Record<string, string> = {
  field: i18n.translate('simpleHttpInvestigation.entryBuilder.errorPartField', {
    defaultMessage: 'field',
  }),
  type: i18n.translate('simpleHttpInvestigation.entryBuilder.errorPartType', {
    defaultMessage: 'type',
  }),
  operator: i18n.translate('simpleHttpInvestigation.entryBuilder.errorPartOperator', {
    defaultMessage: 'operator',
  }),
  value: i18n.translate('simpleHttpInvestigation.entryBuilder.errorPartValue', {
    defaultMessage: 'value',
  }),
};

/** Reads one entry as a sentence, such as "process.name is not one of python3, python". */
export const entrySummary = (field: string, verb: string, value: string) =>
  i18n.translate('simpleHttpInvestigation.entryBuilder.entrySummary', {
    defaultMessage: '{field} {verb} {value}',
    values: { field, verb, value },
  });

export const SUMMARY_VERBS: Record<string, Record<string, string>> = {
  included: {
    match: i18n.translate('simpleHttpInvestigation.entryBuilder.verbIs', { defaultMessage: 'is' }),
    match_any: i18n.translate('simpleHttpInvestigation.entryBuilder.verbIsOneOf', {
      defaultMessage: 'is one of',
    }),
    wildcard: i18n.translate('simpleHttpInvestigation.entryBuilder.verbMatches', {
      defaultMessage: 'matches',
    }),
    exists: i18n.translate('simpleHttpInvestigation.entryBuilder.verbExists', {
      defaultMessage: 'exists',
    }),
  },
  excluded: {
    match: i18n.translate('simpleHttpInvestigation.entryBuilder.verbIsNot', {
      defaultMessage: 'is not',
    }),
    match_any: i18n.translate('simpleHttpInvestigation.entryBuilder.verbIsNotOneOf', {
      defaultMessage: 'is not one of',
    }),
    wildcard: i18n.translate('simpleHttpInvestigation.entryBuilder.verbDoesNotMatch', {
      defaultMessage: 'does not match',
    }),
    exists: i18n.translate('simpleHttpInvestigation.entryBuilder.verbDoesNotExist', {
      defaultMessage: 'does not exist',
    }),
  },
};

/** Reads an `exists` entry, which has no value, such as "user.name does not exist". */
export const existsSummary = (field: string, verb: string) =>
  i18n.translate('simpleHttpInvestigation.entryBuilder.existsSummary', {
    defaultMessage: '{field} {verb}',
    values: { field, verb },
  });
