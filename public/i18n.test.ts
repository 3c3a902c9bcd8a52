import { i18n } from './i18n';

describe('i18n.translate', () => {
  it('returns the default message without values', () => {
    expect(i18n.translate('test.plain', { defaultMessage: 'Alerts' })).toBe('Alerts');
  });

  it('fills in named values', () => {
    const message = i18n.translate('test.values', {
      defaultMessage: '{checked} of {total}',
      values: { checked: 3, total: 6 },
    });

    expect(message).toBe('3 of 6');
  });

  it('keeps the placeholder of a missing value', () => {
    const message = i18n.translate('test.missing', {
      defaultMessage: 'Host {host}',
      values: {},
    });

    expect(message).toBe('Host {host}');
  });

  it.each([
    [0, 'no connections'],
    [1, '1 connection'],
    [5, '5 connections'],
  ])('selects the plural branch for %d', (count, expected) => {
    const message = i18n.translate('test.plural', {
      defaultMessage: '{count, plural, =0 {no connections} one {# connection} other {# connections}}',
      values: { count },
    });

    expect(message).toBe(expected);
  });

  it('fills in values nested in a plural branch', () => {
    const message = i18n.translate('test.nested', {
      defaultMessage: '{count, plural, one {# client of {host}} other {# clients of {host}}}',
      values: { count: 2, host: 'web-01' },
    });

    expect(message).toBe('2 clients of web-01');
  });
});
