/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { stubCanvasTextMetrics } from '../../test_helpers/canvas_text_stub';
import { buildExceptionFields, buildProposalRecord } from '../../test_helpers/exception_fixtures';
import { renderInApp } from '../../test_helpers/render_in_app';
import { ProposeExceptionFlyout } from './propose_exception_flyout';

stubCanvasTextMetrics();

const renderFlyout = () => {
  const onProposed = jest.fn();
  const result = renderInApp(
    <ProposeExceptionFlyout
      alertId="alert-1"
      initialFields={buildExceptionFields()}
      onClose={jest.fn()}
      onProposed={onProposed}
    />
  );

  return { ...result, onProposed };
};

const submitButton = () => screen.getByTestId('simpleHttpInvestigationProposeExceptionSubmit');

describe('ProposeExceptionFlyout', () => {
  it('proposes the edited draft', async () => {
    const { services, onProposed } = renderFlyout();
    const proposal = buildProposalRecord();
    services.api.proposeException.mockResolvedValue(proposal);

    const name = screen.getByTestId('simpleHttpInvestigationExceptionName');
    await userEvent.clear(name);
    await userEvent.type(name, 'Previews on dev-ws-07');
    await waitFor(() => expect(submitButton().hasAttribute('disabled')).toBe(false));
    await userEvent.click(submitButton());

    await waitFor(() => expect(onProposed).toHaveBeenCalledWith(proposal));
    expect(services.api.proposeException).toHaveBeenCalledWith(
      'alert-1',
      buildExceptionFields({ name: 'Previews on dev-ws-07' })
    );
  });

  it('keeps the draft when the server rejects it', async () => {
    const { services, onProposed } = renderFlyout();
    services.api.proposeException.mockRejectedValue({
      message: 'Bad Request',
      body: {
        statusCode: 400,
        message: '[request body]: [entries.0.value]: must not be empty; [name]: must not be empty',
      },
    });

    await waitFor(() => expect(submitButton().hasAttribute('disabled')).toBe(false));
    await userEvent.click(submitButton());

    const callout = await screen.findByTestId('simpleHttpInvestigationExceptionServerError');
    expect(within(callout).getByText('[entries.0.value]: must not be empty')).toBeTruthy();
    expect(within(callout).getByText('[name]: must not be empty')).toBeTruthy();
    expect(onProposed).not.toHaveBeenCalled();
    const name = screen.getByTestId('simpleHttpInvestigationExceptionName') as HTMLInputElement;
    expect(name.value).toBe('Developer previews on dev-ws-07');
  });

  it('shows the errors of an invalid draft instead of sending it', async () => {
    const { services } = renderFlyout();

    await userEvent.clear(screen.getByTestId('simpleHttpInvestigationExceptionReason'));
    await waitFor(() => expect(submitButton().hasAttribute('disabled')).toBe(false));
    await userEvent.click(submitButton());

    expect(await screen.findByText('Reason must say why the servers are benign')).toBeTruthy();
    expect(services.api.proposeException).not.toHaveBeenCalled();
  });
});
