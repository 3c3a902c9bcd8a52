import { API_PRIVILEGES } from '../common/constants';

/** Roles of the standalone host's users, from the least to the most privileged. */
export const ROLES = ['viewer', 'analyst', 'lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The API privileges each role grants. The host's authorizer checks routes against this
 * table, and the browser can derive its capabilities from it.
 */
export const ROLE_PRIVILEGES: Readonly<Record<Role, readonly string[]>> = {
  viewer: [API_PRIVILEGES.read],
  analyst: [API_PRIVILEGES.read, API_PRIVILEGES.investigate],
  lead: [API_PRIVILEGES.read, API_PRIVILEGES.investigate, API_PRIVILEGES.review],
  admin: [
    API_PRIVILEGES.read,
    API_PRIVILEGES.investigate,
    API_PRIVILEGES.review,
    API_PRIVILEGES.manageExceptions,
  ],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Returns the privileges in `required` that the role does not grant, in their given order. */
export function findMissingPrivileges(role: Role, required: readonly string[]): string[] {
  const granted = ROLE_PRIVILEGES[role];
  return required.filter((privilege) => !granted.includes(privilege));
}
