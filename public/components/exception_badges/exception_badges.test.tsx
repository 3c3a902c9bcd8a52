/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { ExceptionSummary } from '../../../common/api/exceptions';
import { formatExpiryTime } from '../../lib/format_timestamp';
import { renderInApp } from '../../test_helpers/render_in_app';
import { describeException, ExceptionBadges } from './exception_badges';

const buildSummary = (overrides: Partial<ExceptionSummary> = {}): ExceptionSummary => ({
  id: 'exception-1',
  name: 'Developer previews on dev-ws-07',
  category: 'development_or_testing',
  status: 'active',
  expire_time: null,
  ...overrides,
});

const renderBadges = (exceptions: ExceptionSummary[]) =>
  renderInApp(<ExceptionBadges exceptions={exceptions} />);

describe('ExceptionBadges', () => {
  it('renders nothing without exceptions', () => {
    const { container } = renderBadges([]);

    expect(container.textContent).toBe('');
    expect(screen.queryByTestId('simpleHttpInvestigationExceptionBadge')).toBeNull();
  });

  it('names one exception', () => {
    renderBadges([buildSummary()]);

    const badge = screen.getByTestId('simpleHttpInvestigationExceptionBadge');
    expect(badge.textContent).toBe('Developer previews on dev-ws-07');
    expect(screen.queryByTestId('simpleHttpInvestigationMoreExceptionsBadge')).toBeNull();
  });

  it('counts the other exceptions', () => {
    renderBadges([
      buildSummary(),
      buildSummary({ id: 'exception-2', name: 'Nightly reports' }),
      buildSummary({ id: 'exception-3', name: 'Lab classes' }),
    ]);

    expect(screen.getByTestId('simpleHttpInvestigationExceptionBadge').textContent).toBe(
      'Developer previews on dev-ws-07'
    );
    const more = screen.getByTestId('simpleHttpInvestigationMoreExceptionsBadge');
    expect(more.textContent).toBe('+2');
    expect(more.getAttribute('aria-label')).toBe('2 more exceptions');
  });

  it('shows category and expiry on hover', async () => {
    const expireTime = '2027-01-31T00:00:00.000Z';
    renderBadges([buildSummary({ category: 'training', expire_time: expireTime })]);

    await userEvent.hover(screen.getByTestId('simpleHttpInvestigationExceptionBadge'));

    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toBe(`Training. Expires ${formatExpiryTime(expireTime)}`);
  });

  it('lists the others in the tooltip', async () => {
    renderBadges([
      buildSummary(),
      buildSummary({ id: 'exception-2', name: 'Nightly reports', category: 'automation_or_cron' }),
    ]);

    await userEvent.hover(screen.getByTestId('simpleHttpInvestigationMoreExceptionsBadge'));

    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toBe('Nightly reports: Automation or cron job. Never expires');
  });
});

describe('describeException', () => {
  it('says when it never expires', () => {
    expect(describeException(buildSummary())).toBe('Development or testing. Never expires');
  });
});
