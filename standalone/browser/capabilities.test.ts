import { PLUGIN_ID } from '../../common/constants';
import { capabilitiesForRoles } from './capabilities';

describe('capabilitiesForRoles', () => {
  it.each([
    ['viewer', { show: true, investigate: false, review: false, manage_exceptions: false }],
    ['analyst', { show: true, investigate: true, review: false, manage_exceptions: false }],
    ['lead', { show: true, investigate: true, review: true, manage_exceptions: false }],
    ['admin', { show: true, investigate: true, review: true, manage_exceptions: true }],
  ])('grants the %s role its capabilities', (role, expected) => {
    expect(capabilitiesForRoles([role])[PLUGIN_ID]).toEqual(expected);
  });

  it('grants nothing for an unknown role', () => {
    const capabilities = capabilitiesForRoles(['superuser']);

    expect(capabilities[PLUGIN_ID]).toEqual({
      show: false,
      investigate: false,
      review: false,
      manage_exceptions: false,
    });
    expect(capabilities.navLinks[PLUGIN_ID]).toBe(false);
  });

  it('combines the privileges of several roles', () => {
    expect(capabilitiesForRoles(['viewer', 'lead'])[PLUGIN_ID]).toMatchObject({ review: true });
  });
});
