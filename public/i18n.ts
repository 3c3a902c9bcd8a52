/**
 * A stand-in for `@kbn/i18n` (not published to npm) with the same `translate(id, options)`
 * signature. It returns the default message in English with its values filled in.
 *
 * Supported message syntax, a subset of the ICU MessageFormat that `@kbn/i18n` accepts:
 * `{name}` arguments and `{count, plural, =0 {…} one {…} other {…}}` with `#` for the number.
 */
export type TranslateValue = string | number | boolean | null | undefined;

export interface TranslateOptions {
  defaultMessage: string;
  values?: Record<string, TranslateValue>;
  /** Context for translators, which is not rendered. */
  description?: string;
}

const englishPluralRules = new Intl.PluralRules('en');

/** Returns the index of the brace that closes the one at `openIndex`, or -1. */
const findClosingBrace = (message: string, openIndex: number): number => {
  let depth = 0;

  for (let index = openIndex; index < message.length; index++) {
    if (message[index] === '{') {
      depth++;
    } else if (message[index] === '}') {
      depth--;

      if (depth === 0) {
        return index;
      }
    }
  }

  return -1;
};

/** Splits `=0 {none} one {# item} other {# items}` into selector and message pairs. */
const parsePluralOptions = (body: string): Map<string, string> => {
  const options = new Map<string, string>();
  let index = 0;

  while (index < body.length) {
    const open = body.indexOf('{', index);

    if (open === -1) {
      break;
    }

    const close = findClosingBrace(body, open);

    if (close === -1) {
      break;
    }

    options.set(body.slice(index, open).trim(), body.slice(open + 1, close));
    index = close + 1;
  }

  return options;
};

const formatPlural = (
  body: string,
  value: TranslateValue,
  values: Record<string, TranslateValue>
): string => {
  const count = Number(value);
  const options = parsePluralOptions(body);
  const selected =
    options.get(`=${count}`) ??
    options.get(englishPluralRules.select(count)) ??
    options.get('other') ??
    '';

  // `#` stands for the number inside the selected branch.
  return formatMessage(selected.replace(/#/g, String(count)), values);
};

const formatArgument = (argument: string, values: Record<string, TranslateValue>): string => {
  const [rawName, rawType, ...rest] = argument.split(',');
  const name = rawName.trim();
  const value = values[name];

  if (rawType !== undefined && rawType.trim() === 'plural') {
    return formatPlural(rest.join(','), value, values);
  }

  if (value === undefined || value === null) {
    return `{${name}}`;
  }

  return String(value);
};

const formatMessage = (message: string, values: Record<string, TranslateValue>): string => {
  let output = '';
  let index = 0;

  while (index < message.length) {
    const open = message.indexOf('{', index);

    if (open === -1) {
      output += message.slice(index);
      break;
    }

    const close = findClosingBrace(message, open);

    if (close === -1) {
      output += message.slice(index);
      break;
    }

    output += message.slice(index, open);
    output += formatArgument(message.slice(open + 1, close), values);
    index = close + 1;
  }

  return output;
};

export const i18n = {
  /** Returns `defaultMessage` with `values` filled in. `id` names the message for translators. */
  translate(_id: string, { defaultMessage, values }: TranslateOptions): string {
    if (!values) {
      return defaultMessage;
    }

    return formatMessage(defaultMessage, values);
  },
};
