import { API_PRIVILEGES, PLUGIN_ID, PLUGIN_NAME } from '../common/constants';
import type { KibanaFeatureConfig } from './kibana_contracts';

/**
 * The Kibana feature that grants the plugin's API privileges: `read` lets a user see
 * alerts and evidence, `all` adds investigating, and two sub-features add reviewing and
 * managing exceptions. The category matches Kibana's built-in Security category.
 */
export const FEATURE: KibanaFeatureConfig = {
  id: PLUGIN_ID,
  name: PLUGIN_NAME,
  category: { id: 'security', label: 'Security', order: 3000, euiIconType: 'logoSecurity' },
  app: [PLUGIN_ID],
  privileges: {
    all: {
      app: [PLUGIN_ID],
      api: [API_PRIVILEGES.read, API_PRIVILEGES.investigate],
      ui: ['show', 'investigate'],
      savedObject: { all: [], read: [] },
    },
    read: {
      app: [PLUGIN_ID],
      api: [API_PRIVILEGES.read],
      ui: ['show'],
      savedObject: { all: [], read: [] },
    },
  },
  subFeatures: [
    {
      name: 'Review investigations',
      privilegeGroups: [
        {
          groupType: 'independent',
          privileges: [
            {
              id: 'review',
              name: 'Approve and return investigations',
              includeIn: 'none',
              api: [API_PRIVILEGES.review],
              ui: ['review'],
              savedObject: { all: [], read: [] },
            },
          ],
        },
      ],
    },
    {
      name: 'Manage exceptions',
      privilegeGroups: [
        {
          groupType: 'independent',
          privileges: [
            {
              id: 'manage_exceptions',
              name: 'Create, change and delete exceptions',
              includeIn: 'none',
              api: [API_PRIVILEGES.manageExceptions],
              ui: ['manage_exceptions'],
              savedObject: { all: [], read: [] },
            },
          ],
        },
      ],
    },
  ],
};
