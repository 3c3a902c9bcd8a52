import { parseCurrentUser } from './current_user';

describe('parseCurrentUser', () => {
  it('reads name and roles', () => {
    expect(parseCurrentUser({ username: 'lead', roles: ['lead'], other: 1 })).toEqual({
      username: 'lead',
      roles: ['lead'],
    });
  });

  it.each([null, 'lead', { username: 'lead' }, { username: 'lead', roles: [1] }, { roles: [] }])(
    'rejects %p',
    (body) => {
      expect(parseCurrentUser(body)).toBeNull();
    }
  );
});
