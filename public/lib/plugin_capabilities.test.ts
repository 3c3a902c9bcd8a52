import { capabilitiesForRoles } from '../../standalone/browser/capabilities';
import { ROLES } from '../../standalone/roles';
import { readPluginCapabilities } from './plugin_capabilities';

describe('readPluginCapabilities', () => {
  it.each([
    { role: 'viewer', canInvestigate: false, canReview: false, canManageExceptions: false },
    { role: 'analyst', canInvestigate: true, canReview: false, canManageExceptions: false },
    { role: 'lead', canInvestigate: true, canReview: true, canManageExceptions: false },
    { role: 'admin', canInvestigate: true, canReview: true, canManageExceptions: true },
  ])('reads what the $role role allows', ({ role, ...expected }) => {
    expect(readPluginCapabilities(capabilitiesForRoles([role]))).toEqual({
      canRead: true,
      ...expected,
    });
  });

  it('covers every role', () => {
    expect(ROLES).toEqual(['viewer', 'analyst', 'lead', 'admin']);
  });

  it('denies everything without the plugin capabilities', () => {
    const capabilities = { navLinks: {}, management: {}, catalogue: {} };

    expect(readPluginCapabilities(capabilities)).toEqual({
      canRead: false,
      canInvestigate: false,
      canReview: false,
      canManageExceptions: false,
    });
  });

  it('denies a capability that is not true', () => {
    const capabilities = {
      navLinks: {},
      management: {},
      catalogue: {},
      simpleHttpInvestigation: { show: true, review: { nested: true } },
    };

    expect(readPluginCapabilities(capabilities).canReview).toBe(false);
  });
});
