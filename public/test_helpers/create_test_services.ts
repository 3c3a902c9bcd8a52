import type { ApiClient } from '../api_client';
import type { ToastInput, ToastInputFields } from '../kibana_contracts';
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

/** Creates plugin services with Jest mocks in place of the API client, toasts and chrome. */
export const createTestServices = (): TestServices => {
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
    chrome: {
      docTitle: { change: jest.fn() },
      setBreadcrumbs: jest.fn(),
    },
    notifications: { toasts },
    toasts,
  };
};
