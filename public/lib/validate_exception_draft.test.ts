import { buildExceptionFields } from '../test_helpers/exception_fixtures';
import { createEntryDraft, toExceptionDraft } from './exception_draft';
import { validateExceptionDraft } from './validate_exception_draft';

const NOW = new Date('2026-01-01T00:00:00.000Z');

describe('validateExceptionDraft', () => {
  it('returns the fields of a valid draft', () => {
    const fields = buildExceptionFields({ expire_time: '2026-02-01T00:00:00.000Z' });
    const check = validateExceptionDraft(toExceptionDraft(fields), NOW);

    expect(check.fields).toEqual(fields);
    expect(check.errors).toEqual({ entry: {} });
    expect(check.preview).toEqual({ rule_ids: fields.rule_ids, entries: fields.entries });
  });

  it('keys entry errors by row and names the value', () => {
    const draft = toExceptionDraft(buildExceptionFields());
    const address = createEntryDraft({
      field: 'source.ip',
      type: 'match_any',
      values: ['10.0.0.0/8', 'not-an-ip'],
    });
    const port = createEntryDraft({ field: 'destination.port', type: 'wildcard', value: '80*' });
    const check = validateExceptionDraft({ ...draft, entries: [address, port] }, NOW);

    expect(check.fields).toBeNull();
    expect(check.preview).toBeNull();
    expect(check.errors.entry[address.key]).toEqual({
      value: ['"not-an-ip" must be an IP address or CIDR range such as 10.0.0.0/8'],
    });
    expect(check.errors.entry[port.key]?.type).toBe(
      'must be match, match_any or exists for destination.port, which has no wildcard search'
    );
  });

  it('shows blank, NUL and repeated values', () => {
    const draft = toExceptionDraft(buildExceptionFields());
    const hosts = createEntryDraft({
      field: 'host.name',
      type: 'match_any',
      values: ['web-1', ' ', 'web-1', 'web\0'],
    });
    const user = createEntryDraft({ field: 'user.name', type: 'match', value: '  ' });
    const check = validateExceptionDraft({ ...draft, name: 'Web\0', entries: [hosts, user] }, NOW);

    expect(check.fields).toBeNull();
    expect(check.preview).toBeNull();
    expect(check.errors.name).toBe('must not contain a NUL character');
    expect(check.errors.entry[hosts.key]).toEqual({
      value: [
        '" " must not be blank',
        '"web\0" must not contain a NUL character',
        'must not repeat the value "web-1"',
      ],
    });
    expect(check.errors.entry[user.key]).toEqual({ value: ['must not be blank'] });
  });

  it('reports empty text fields and a missing category', () => {
    const draft = {
      ...toExceptionDraft(buildExceptionFields()),
      name: ' ',
      reason: '',
      category: '' as const,
    };
    const check = validateExceptionDraft(draft, NOW);

    expect(check.fields).toBeNull();
    expect(check.errors.name).toBe('must not be empty');
    expect(check.errors.reason).toBe('must say why the servers are benign');
    expect(check.errors.category).toBe('must be chosen');
    expect(check.preview).not.toBeNull();
  });

  it('rejects an expiry in the past', () => {
    const fields = buildExceptionFields({ expire_time: '2025-12-31T23:00:00.000Z' });
    const check = validateExceptionDraft(toExceptionDraft(fields), NOW);

    expect(check.fields).toBeNull();
    expect(check.errors.expire_time).toBe('must lie in the future');
  });

  it('requires at least one rule', () => {
    const draft = { ...toExceptionDraft(buildExceptionFields()), rule_ids: [] };
    const check = validateExceptionDraft(draft, NOW);

    expect(check.errors.rule_ids).toBe('must name at least one rule');
    expect(check.preview).toBeNull();
  });
});
