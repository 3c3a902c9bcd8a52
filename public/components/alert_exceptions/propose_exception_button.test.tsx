/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { AlertExceptionsResponse, ExceptionSummary } from '../../../common/api/exceptions';
import type { Investigation } from '../../../common/api/investigations';
import type { AlertExceptionsState } from '../../hooks/use_alert_exceptions';
import { buildEvidence, buildInvestigation } from '../../test_helpers/alert_fixtures';
import { createTestServices } from '../../test_helpers/create_test_services';
import { renderInApp } from '../../test_helpers/render_in_app';
import { ProposeExceptionButton } from './propose_exception_button';

const BUTTON_TEST_ID = 'simpleHttpInvestigationProposeExceptionButton';

const FALSE_POSITIVE: Partial<Investigation> = {
  verdict: 'false_positive',
  false_positive_category: 'development_or_testing',
  closing_reason: 'A developer previews a site.',
};

const proposal = (status: ExceptionSummary['status']): ExceptionSummary => ({
  id: `proposal-${status}`,
  name: 'Development or testing on web-01',
  category: 'development_or_testing',
  status,
  expire_time: null,
});

const exceptionsState = (
  data: AlertExceptionsResponse = { matches: [], proposals: [] }
): AlertExceptionsState => ({ data, error: null, loading: false, refetch: jest.fn() });

const renderButton = (
  investigation: Investigation | null,
  alertExceptions = exceptionsState(),
  evidence = buildEvidence(),
  services = createTestServices()
) => {
  renderInApp(
    <ProposeExceptionButton
      evidence={evidence}
      investigation={investigation}
      alertExceptions={alertExceptions}
    />,
    { services }
  );

  return screen.getByTestId(BUTTON_TEST_ID) as HTMLButtonElement;
};

/** Hovers the tooltip anchor around the disabled button and returns the tooltip text. */
const readTooltip = async (button: HTMLElement) => {
  await userEvent.hover(button.parentElement ?? button);

  return (await screen.findByRole('tooltip')).textContent;
};

describe('ProposeExceptionButton', () => {
  it.each(['false_positive', 'benign_true_positive'] as const)('is enabled for %s', (verdict) => {
    const button = renderButton(buildInvestigation({ ...FALSE_POSITIVE, verdict }));

    expect(button.disabled).toBe(false);
  });

  it('is disabled before the investigation starts', async () => {
    const button = renderButton(null);

    expect(button.disabled).toBe(true);
    expect(await readTooltip(button)).toBe(
      'Save the verdict false positive or benign true positive to propose an exception.'
    );
  });

  it.each(['true_positive', 'undetermined', null] as const)(
    'is disabled for the verdict %p',
    (verdict) => {
      const button = renderButton(buildInvestigation({ ...FALSE_POSITIVE, verdict }));

      expect(button.disabled).toBe(true);
    }
  );

  it('is disabled while a proposal waits', async () => {
    const button = renderButton(
      buildInvestigation(FALSE_POSITIVE),
      exceptionsState({ matches: [], proposals: [proposal('rejected'), proposal('proposed')] })
    );

    expect(button.disabled).toBe(true);
    expect(await readTooltip(button)).toBe(
      'The proposal "Development or testing on web-01" from this alert is waiting for an admin.'
    );
  });

  it('is enabled after a rejected proposal', () => {
    const button = renderButton(
      buildInvestigation(FALSE_POSITIVE),
      exceptionsState({ matches: [], proposals: [proposal('rejected'), proposal('active')] })
    );

    expect(button.disabled).toBe(false);
  });

  it('is disabled while proposals load', () => {
    const loading = { ...exceptionsState(), data: undefined, loading: true };
    const button = renderButton(buildInvestigation(FALSE_POSITIVE), loading);

    expect(button.disabled).toBe(true);
  });

  it('is disabled without values to match', async () => {
    const evidence = buildEvidence();
    evidence.alert.host_name = null;
    evidence.alert.user_name = null;
    evidence.process = null;
    evidence.facts = [];

    const button = renderButton(buildInvestigation(FALSE_POSITIVE), exceptionsState(), evidence);

    expect(button.disabled).toBe(true);
    expect(await readTooltip(button)).toBe(
      'The evidence has no user, host, working directory, parent process or port to match on.'
    );
  });

  it('proposes the drafted exception', async () => {
    const services = createTestServices();
    const alertExceptions = exceptionsState();
    services.api.proposeException.mockImplementation(async (_alertId, fields) => ({
      ...fields,
      id: 'proposal-1',
      version: 'v1',
      space_id: 'default',
      state: 'proposed',
      status: 'proposed',
      created_by: 'alice',
      created_at: '2025-01-10T12:00:00.000Z',
      updated_by: 'alice',
      updated_at: '2025-01-10T12:00:00.000Z',
      proposal: {
        proposed_by: 'alice',
        proposed_at: '2025-01-10T12:00:00.000Z',
        alert_id: 'alert-1',
        investigation_id: 'default:alert-1',
      },
      decision: null,
      list_items: [],
    }));
    const button = renderButton(
      buildInvestigation(FALSE_POSITIVE),
      alertExceptions,
      buildEvidence(),
      services
    );

    await userEvent.click(button);
    const flyout = await screen.findByTestId('simpleHttpInvestigationProposeExceptionFlyout');
    const submit = within(flyout).getByTestId('simpleHttpInvestigationProposeExceptionSubmit');
    await waitFor(() => expect((submit as HTMLButtonElement).disabled).toBe(false));
    await userEvent.click(submit);

    await waitFor(() => expect(alertExceptions.refetch).toHaveBeenCalledTimes(1));
    const [alertId, fields] = services.api.proposeException.mock.calls[0];
    expect(alertId).toBe('alert-1');
    expect(fields.name).toBe('Development or testing on web-01');
    expect(fields.reason).toBe('A developer previews a site.');
    expect(fields.entries.map((entry) => entry.field)).toEqual([
      'user.name',
      'host.name',
      'process.working_directory',
      'process.parent.name',
      'destination.port',
    ]);
    expect(services.toasts.addSuccess).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('simpleHttpInvestigationProposeExceptionFlyout')).toBeNull();
  });
});
