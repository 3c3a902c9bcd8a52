/** @jest-environment jsdom */
import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';

import { PluginServicesContext } from '../plugin_services_context';
import { createTestServices, type TestServices } from '../test_helpers/create_test_services';
import { checklistStorageKey, useChecklistState } from './use_checklist_state';

const renderChecklistState = (
  services: TestServices,
  alertId = 'alert-1',
  guideHash = 'hash-1'
) => {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PluginServicesContext.Provider value={services}>{children}</PluginServicesContext.Provider>
  );

  return renderHook(({ id, hash }) => useChecklistState(id, hash), {
    wrapper,
    initialProps: { id: alertId, hash: guideHash },
  });
};

describe('useChecklistState', () => {
  beforeEach(() => window.localStorage.clear());

  afterEach(() => jest.restoreAllMocks());

  it('starts with no steps checked', () => {
    const { result } = renderChecklistState(createTestServices());

    expect(result.current.state).toEqual({});
  });

  it('persists ticks and notes', () => {
    const { result } = renderChecklistState(createTestServices());

    act(() => result.current.setChecked('investigation-1', true));
    act(() => result.current.setNote('investigation-1', 'Only a scanner connected.'));

    const storedText = window.localStorage.getItem(checklistStorageKey('alert-1', 'hash-1'));
    expect(JSON.parse(storedText ?? 'null')).toEqual({
      'investigation-1': { checked: true, note: 'Only a scanner connected.' },
    });
  });

  it('restores state on next mount', () => {
    const first = renderChecklistState(createTestServices());
    act(() => first.result.current.setChecked('response-2', true));
    first.unmount();

    const second = renderChecklistState(createTestServices());

    expect(second.result.current.state).toEqual({ 'response-2': { checked: true, note: '' } });
  });

  it('keeps separate state per guide hash', () => {
    const { result, rerender } = renderChecklistState(createTestServices());
    act(() => result.current.setChecked('investigation-1', true));

    rerender({ id: 'alert-1', hash: 'hash-2' });

    expect(result.current.state).toEqual({});
  });

  it('ignores stored entries of the wrong shape', () => {
    window.localStorage.setItem(
      checklistStorageKey('alert-1', 'hash-1'),
      JSON.stringify({ good: { checked: true, note: 'n' }, bad: { checked: 'yes' }, worse: 3 })
    );

    const { result } = renderChecklistState(createTestServices());

    expect(result.current.state).toEqual({ good: { checked: true, note: 'n' } });
  });

  it('ignores stored text that is not JSON', () => {
    window.localStorage.setItem(checklistStorageKey('alert-1', 'hash-1'), '{not json');

    const { result } = renderChecklistState(createTestServices());

    expect(result.current.state).toEqual({});
  });

  it('toasts once when storage fails', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const services = createTestServices();
    const { result } = renderChecklistState(services);

    act(() => result.current.setNote('investigation-1', 'a'));
    act(() => result.current.setNote('investigation-1', 'ab'));

    expect(result.current.state['investigation-1'].note).toBe('ab');
    expect(services.toasts.addError).toHaveBeenCalledTimes(1);
    expect(services.toasts.addError.mock.calls[0][1].title).toBe('Checklist progress not saved');
  });
});
