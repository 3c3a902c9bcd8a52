import { API_PRIVILEGES } from '../common/constants';
import { ROLES, ROLE_PRIVILEGES, findMissingPrivileges, isRole } from './roles';

describe('ROLE_PRIVILEGES', () => {
  it('grants each role the privileges of its job', () => {
    expect(ROLE_PRIVILEGES).toEqual({
      viewer: [API_PRIVILEGES.read],
      analyst: [API_PRIVILEGES.read, API_PRIVILEGES.investigate],
      lead: [API_PRIVILEGES.read, API_PRIVILEGES.investigate, API_PRIVILEGES.review],
      admin: [
        API_PRIVILEGES.read,
        API_PRIVILEGES.investigate,
        API_PRIVILEGES.review,
        API_PRIVILEGES.manageExceptions,
      ],
    });
  });

  it('grants every privilege to the admin', () => {
    expect([...ROLE_PRIVILEGES.admin].sort()).toEqual(Object.values(API_PRIVILEGES).sort());
  });

  it('grants each role what the role before it has', () => {
    for (let index = 1; index < ROLES.length; index++) {
      const lower = ROLES[index - 1] ?? 'viewer';
      const higher = ROLES[index] ?? 'admin';
      expect(findMissingPrivileges(higher, ROLE_PRIVILEGES[lower])).toEqual([]);
    }
  });
});

describe('findMissingPrivileges', () => {
  it.each([
    ['viewer', [API_PRIVILEGES.read], []],
    ['viewer', [API_PRIVILEGES.investigate], [API_PRIVILEGES.investigate]],
    ['analyst', [API_PRIVILEGES.read, API_PRIVILEGES.review], [API_PRIVILEGES.review]],
    ['lead', [API_PRIVILEGES.manageExceptions], [API_PRIVILEGES.manageExceptions]],
    ['admin', Object.values(API_PRIVILEGES), []],
    ['viewer', [], []],
  ] as const)('returns for %s and %j the missing %j', (role, required, missing) => {
    expect(findMissingPrivileges(role, required)).toEqual(missing);
  });
});

describe('isRole', () => {
  it('accepts the four roles only', () => {
    expect(ROLES.every(isRole)).toBe(true);
    expect(isRole('superuser')).toBe(false);
    expect(isRole('Admin')).toBe(false);
  });
});
