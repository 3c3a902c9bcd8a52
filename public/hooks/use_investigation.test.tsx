/** @jest-environment jsdom */
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';

import type {
  Investigation,
  UpdateInvestigationBody,
} from '../../common/api/investigations';
import { PluginServicesContext } from '../plugin_services_context';
import { buildInvestigation } from '../test_helpers/alert_fixtures';
import { createTestServices, type TestServices } from '../test_helpers/create_test_services';
import { SAVE_DELAY_MS, useInvestigation } from './use_investigation';

const notFound = {
  message: 'Not Found',
  body: { statusCode: 404, error: 'Not Found', message: 'No investigation for alert alert-1' },
};

const conflict = (current: Investigation) => ({
  message: 'Conflict',
  body: {
    statusCode: 409,
    error: 'Conflict',
    message: 'The investigation changed since version v1',
    attributes: { current },
  },
});

/** Returns a PATCH mock that applies the body's step changes to `base` with a new version. */
const applyPatch = (base: Investigation, version: string) => {
  const updatedAt = `2025-01-10T12:00:0${version.slice(1)}.000Z`;

  return (_alertId: string, body: UpdateInvestigationBody): Promise<Investigation> => {
    const steps = base.steps.map((step) => {
      const change = (body.steps ?? []).find((update) => update.item_id === step.item_id);

      return change ? { ...step, ...change } : step;
    });

    return Promise.resolve({ ...base, version, updated_at: updatedAt, steps });
  };
};

const renderInvestigation = (services: TestServices) => {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PluginServicesContext.Provider value={services}>{children}</PluginServicesContext.Provider>
  );

  return renderHook(() => useInvestigation('alert-1'), { wrapper });
};

const advance = (ms: number) => act(() => jest.advanceTimersByTimeAsync(ms));

describe('useInvestigation', () => {
  beforeEach(() => jest.useFakeTimers());

  afterEach(() => jest.useRealTimers());

  it('saves a tick after the delay', async () => {
    const services = createTestServices();
    services.api.getInvestigation.mockResolvedValue(buildInvestigation());
    services.api.updateInvestigation.mockImplementation(applyPatch(buildInvestigation(), 'v2'));
    const { result } = renderInvestigation(services);
    await waitFor(() => expect(result.current.loading).toBe(false));

    act(() => result.current.editStep('investigation-1', { checked: true }));

    expect(result.current.values.steps['investigation-1'].checked).toBe(true);
    expect(result.current.saveState.kind).toBe('pending');
    await advance(SAVE_DELAY_MS - 1);
    expect(services.api.updateInvestigation).not.toHaveBeenCalled();

    await advance(1);

    expect(services.api.updateInvestigation).toHaveBeenCalledWith('alert-1', {
      version: 'v1',
      steps: [{ item_id: 'investigation-1', checked: true }],
    });
    expect(result.current.saveState).toEqual({
      kind: 'saved',
      savedAt: '2025-01-10T12:00:02.000Z',
    });
    expect(result.current.investigation?.version).toBe('v2');
    expect(result.current.hasUnsavedEdits).toBe(false);
  });

  it('batches edits within the delay', async () => {
    const services = createTestServices();
    services.api.getInvestigation.mockResolvedValue(buildInvestigation());
    services.api.updateInvestigation.mockImplementation(applyPatch(buildInvestigation(), 'v2'));
    const { result } = renderInvestigation(services);
    await waitFor(() => expect(result.current.loading).toBe(false));

    act(() => result.current.editStep('investigation-1', { checked: true }));
    await advance(SAVE_DELAY_MS / 2);
    act(() => result.current.editStep('investigation-1', { note: 'sh ran id' }));
    act(() => result.current.editVerdictFields({ verdict: 'true_positive' }));
    await advance(SAVE_DELAY_MS);

    expect(services.api.updateInvestigation).toHaveBeenCalledTimes(1);
    expect(services.api.updateInvestigation.mock.calls[0][1]).toEqual({
      version: 'v1',
      verdict: 'true_positive',
      steps: [{ item_id: 'investigation-1', checked: true, note: 'sh ran id' }],
    });
  });

  it('starts the investigation on the first edit', async () => {
    const services = createTestServices();
    services.api.getInvestigation.mockRejectedValue(notFound);
    services.api.startInvestigation.mockResolvedValue(buildInvestigation({ version: 'v5' }));
    services.api.updateInvestigation.mockImplementation(applyPatch(buildInvestigation(), 'v6'));
    const { result } = renderInvestigation(services);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.investigation).toBeNull();

    act(() => result.current.editStep('investigation-2', { checked: true }));
    await advance(SAVE_DELAY_MS);

    expect(services.api.startInvestigation).toHaveBeenCalledWith('alert-1');
    expect(services.api.updateInvestigation.mock.calls[0][1].version).toBe('v5');
    expect(result.current.investigation?.version).toBe('v6');
    expect(result.current.values.steps['investigation-2'].checked).toBe(true);
  });

  it('sends one request at a time with the latest version', async () => {
    const services = createTestServices();
    services.api.getInvestigation.mockResolvedValue(buildInvestigation());
    let resolveFirst: (value: Investigation) => void = () => undefined;
    services.api.updateInvestigation
      .mockImplementationOnce(() => new Promise((resolve) => (resolveFirst = resolve)))
      .mockImplementationOnce(applyPatch(buildInvestigation(), 'v3'));
    const { result } = renderInvestigation(services);
    await waitFor(() => expect(result.current.loading).toBe(false));

    act(() => result.current.editStep('investigation-1', { checked: true }));
    await advance(SAVE_DELAY_MS);
    expect(result.current.saveState.kind).toBe('saving');

    act(() => result.current.editStep('investigation-2', { checked: true }));
    await advance(SAVE_DELAY_MS);
    expect(services.api.updateInvestigation).toHaveBeenCalledTimes(1);
    expect(result.current.values.steps['investigation-1'].checked).toBe(true);
    expect(result.current.values.steps['investigation-2'].checked).toBe(true);

    await act(async () => resolveFirst(buildInvestigation({ version: 'v2' })));
    await advance(0);

    expect(services.api.updateInvestigation).toHaveBeenCalledTimes(2);
    expect(services.api.updateInvestigation.mock.calls[1][1]).toEqual({
      version: 'v2',
      steps: [{ item_id: 'investigation-2', checked: true }],
    });
    expect(result.current.saveState.kind).toBe('saved');
  });

  it('keeps edits after a failure and retries', async () => {
    const services = createTestServices();
    services.api.getInvestigation.mockResolvedValue(buildInvestigation());
    services.api.updateInvestigation
      .mockRejectedValueOnce({
        message: 'Service Unavailable',
        body: { statusCode: 503, error: 'Service Unavailable', message: 'The engine is down' },
      })
      .mockImplementationOnce(applyPatch(buildInvestigation(), 'v2'));
    const { result } = renderInvestigation(services);
    await waitFor(() => expect(result.current.loading).toBe(false));

    act(() => result.current.editStep('investigation-1', { note: 'Scanner only' }));
    await advance(SAVE_DELAY_MS);

    expect(result.current.saveState).toEqual({
      kind: 'failed',
      error: { statusCode: 503, message: 'The engine is down' },
    });
    expect(result.current.values.steps['investigation-1'].note).toBe('Scanner only');
    expect(result.current.hasUnsavedEdits).toBe(true);

    act(() => result.current.retrySave());
    await advance(0);

    expect(services.api.updateInvestigation).toHaveBeenCalledTimes(2);
    expect(services.api.updateInvestigation.mock.calls[1][1]).toEqual({
      version: 'v1',
      steps: [{ item_id: 'investigation-1', note: 'Scanner only' }],
    });
    expect(result.current.saveState.kind).toBe('saved');
    expect(result.current.values.steps['investigation-1'].note).toBe('Scanner only');
  });

  it('holds edits at a conflict until reload', async () => {
    const services = createTestServices();
    const current = buildInvestigation({
      version: 'v9',
      updated_at: '2025-01-10T13:00:00.000Z',
      assignee: 'bob',
    });
    services.api.getInvestigation.mockResolvedValue(buildInvestigation());
    services.api.updateInvestigation.mockRejectedValue(conflict(current));
    const { result } = renderInvestigation(services);
    await waitFor(() => expect(result.current.loading).toBe(false));

    act(() => result.current.editStep('investigation-1', { checked: true }));
    await advance(SAVE_DELAY_MS);

    expect(result.current.saveState).toEqual({ kind: 'conflict', current });
    expect(result.current.values.steps['investigation-1'].checked).toBe(true);

    act(() => result.current.editStep('investigation-2', { checked: true }));
    await advance(SAVE_DELAY_MS * 2);
    expect(services.api.updateInvestigation).toHaveBeenCalledTimes(1);

    act(() => result.current.takeServerRecord());

    expect(result.current.saveState.kind).toBe('idle');
    expect(result.current.investigation).toBe(current);
    expect(result.current.values.assignee).toBe('bob');
    expect(result.current.values.steps['investigation-1'].checked).toBe(false);
    expect(result.current.hasUnsavedEdits).toBe(false);
  });

  it('submits after saving waiting edits', async () => {
    const services = createTestServices();
    services.api.getInvestigation.mockResolvedValue(buildInvestigation());
    services.api.updateInvestigation.mockImplementation(applyPatch(buildInvestigation(), 'v2'));
    services.api.submitInvestigation.mockResolvedValue(
      buildInvestigation({ version: 'v3', status: 'submitted' })
    );
    const { result } = renderInvestigation(services);
    await waitFor(() => expect(result.current.loading).toBe(false));

    act(() => result.current.editVerdictFields({ verdict: 'true_positive' }));
    let submitted = false;
    await act(async () => {
      submitted = await result.current.submit();
    });

    expect(submitted).toBe(true);
    expect(services.api.updateInvestigation).toHaveBeenCalledTimes(1);
    expect(services.api.submitInvestigation).toHaveBeenCalledWith('alert-1', 'v2');
    expect(result.current.investigation?.status).toBe('submitted');
    expect(services.toasts.addSuccess).toHaveBeenCalledTimes(1);
  });

  it('toasts the server message when submit fails', async () => {
    const services = createTestServices();
    services.api.getInvestigation.mockResolvedValue(buildInvestigation());
    services.api.submitInvestigation.mockRejectedValue({
      message: 'Bad Request',
      body: { statusCode: 400, error: 'Bad Request', message: 'A verdict is required' },
    });
    const { result } = renderInvestigation(services);
    await waitFor(() => expect(result.current.loading).toBe(false));

    await act(async () => {
      await result.current.submit();
    });

    expect(services.toasts.addError).toHaveBeenCalledTimes(1);
    expect(services.toasts.addError.mock.calls[0][0].message).toBe('A verdict is required');
    expect(result.current.investigation?.status).toBe('in_progress');
  });
});
