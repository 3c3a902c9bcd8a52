import { FEATURE } from '../server/feature';
import { API_PRIVILEGES } from './constants';
import { UI_CAPABILITY_BY_API_PRIVILEGE, uiCapabilitiesFor } from './ui_capabilities';

const featurePrivileges = () => {
  const subFeaturePrivileges = (FEATURE.subFeatures ?? []).flatMap((subFeature) =>
    subFeature.privilegeGroups.flatMap((group) => group.privileges)
  );

  return [
    { id: 'all', api: FEATURE.privileges.all.api, ui: FEATURE.privileges.all.ui },
    { id: 'read', api: FEATURE.privileges.read.api, ui: FEATURE.privileges.read.ui },
    ...subFeaturePrivileges.map(({ id, api, ui }) => ({ id, api, ui })),
  ];
};

describe('UI_CAPABILITY_BY_API_PRIVILEGE', () => {
  it('maps every API privilege', () => {
    for (const privilege of Object.values(API_PRIVILEGES)) {
      expect(UI_CAPABILITY_BY_API_PRIVILEGE[privilege]).toBeDefined();
    }
  });

  it.each(featurePrivileges())('agrees with the feature privilege $id', ({ api, ui }) => {
    const mapped = api.map((privilege) => UI_CAPABILITY_BY_API_PRIVILEGE[privilege]);

    expect([...mapped].sort()).toEqual([...ui].sort());
  });
});

describe('uiCapabilitiesFor', () => {
  it('grants only listed privileges', () => {
    expect(uiCapabilitiesFor([API_PRIVILEGES.read, API_PRIVILEGES.review])).toEqual({
      show: true,
      investigate: false,
      review: true,
      manage_exceptions: false,
    });
  });

  it('ignores unknown privileges', () => {
    expect(uiCapabilitiesFor(['other-plugin-read'])).toEqual({
      show: false,
      investigate: false,
      review: false,
      manage_exceptions: false,
    });
  });
});
