import { PLUGIN_ID } from '../common/constants';
import { plugin } from './index';
import type { App, AppMountParameters, CoreSetup } from './kibana_contracts';

jest.mock('./application', () => ({ renderApp: jest.fn(() => jest.fn()) }));

describe('plugin', () => {
  it('registers the app', () => {
    const register = jest.fn();
    const core = { application: { register }, getStartServices: jest.fn() } as unknown as CoreSetup;

    plugin({}).setup(core);

    const app: App = register.mock.calls[0][0];
    expect(app.id).toBe(PLUGIN_ID);
    expect(app.title).toBe('Simple HTTP investigation');
    expect(app.category?.id).toBe('securitySolution');
  });

  it('mount renders with start services', async () => {
    const register = jest.fn();
    const coreStart = { marker: 'core start' };
    const core = {
      application: { register },
      getStartServices: jest.fn().mockResolvedValue([coreStart, {}, undefined]),
    } as unknown as CoreSetup;
    const { renderApp } = jest.requireMock('./application');

    plugin({}).setup(core);
    const app: App = register.mock.calls[0][0];
    const params = { element: {}, history: {}, theme$: {} } as unknown as AppMountParameters;
    const unmount = await app.mount(params);

    expect(renderApp).toHaveBeenCalledWith(coreStart, params);
    expect(typeof unmount).toBe('function');
  });
});
