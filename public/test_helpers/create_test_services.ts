import type { ApiClient } from '../api_client';
import type { Capabilities, ToastInput, ToastInputFields } from '../kibana_contracts';
import type { PluginServices } from '../plugin_services_context';

export interface TestServices extends PluginServices {
  api: jest.Mocked<ApiClient>;
  toasts: {
    addSuccess: jest.Mock;
    addDanger: jest.Mock;
    addError: jest.Mock;
  };
}

const toFields = (input: ToastInput): ToastInputFields =>
  typeof input === 'string' ? { title: input } : input;

/** Capabilities of a user who has every privilege of the plugin. */
export const ALL_CAPABILITIES: Capabilities = {
  navLinks: { simpleHttpInvestigation: true },
  management: {},
  catalogue: {},
  simpleHttpInvestigation: { show: true, investigate: true, review: true, manage_exceptions: true },
};

/**
 * Creates plugin services with Jest mocks in place of the API client, toasts and chrome. The
 * user has every privilege unless `capabilities` grants less.
 */
export const createTestServices = (capabilities = ALL_CAPABILITIES): TestServices => {
  const toasts = {
    addSuccess: jest.fn((input) => ({ id: 'success', ...toFields(input) })),
    addDanger: jest.fn((input) => ({ id: 'danger', ...toFields(input) })),
    addError: jest.fn((_error, options) => ({ id: 'error', title: options.title })),
  };

  return {
    api: {
      listAlerts: jest.fn(),
      getAlertEvidence: jest.fn(),
      getAlertChecklists: jest.fn(),
      getInvestigation: jest.fn(),
      startInvestigation: jest.fn(),
      updateInvestigation: jest.fn(),
      submitInvestigation: jest.fn(),
      approveInvestigation: jest.fn(),
      returnInvestigation: jest.fn(),
      listInvestigations: jest.fn(),
      getInvestigationHistory: jest.fn(),
      getInvestigationReport: jest.fn(),
      listExceptions: jest.fn(),
      getException: jest.fn(),
      createException: jest.fn(),
      updateException: jest.fn(),
      deleteException: jest.fn(),
      previewException: jest.fn(),
      acceptException: jest.fn(),
      rejectException: jest.fn(),
      getExceptionHistory: jest.fn(),
      // Pages that show an alert load its exceptions, which most tests leave empty.
      getAlertExceptions: jest.fn().mockResolvedValue({ matches: [], proposals: [] }),
      proposeException: jest.fn(),
    },
    capabilities,
    chrome: {
      docTitle: { change: jest.fn() },
      setBreadcrumbs: jest.fn(),
    },
    notifications: { toasts },
    toasts,
  };
};
