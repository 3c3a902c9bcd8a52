/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { DEFAULT_ALERTS_PAGE_QUERY, type AlertsPageQuery } from '../../lib/alerts_page_query';
import { renderInApp } from '../../test_helpers/render_in_app';
import { AlertsFilters } from './alerts_filters';

const renderFilters = (query: AlertsPageQuery) => {
  const onChange = jest.fn();
  renderInApp(
    <AlertsFilters query={query} isLoading={false} onChange={onChange} onRefresh={jest.fn()} />
  );

  return {
    onChange,
    filter: screen.getByTestId('simpleHttpInvestigationExceptionsFilter') as HTMLSelectElement,
  };
};

describe('AlertsFilters', () => {
  it('offers the exceptions filter values', () => {
    const { filter } = renderFilters(DEFAULT_ALERTS_PAGE_QUERY);
    const options = Array.from(filter.options).map((option) => [option.value, option.text]);

    expect(filter.value).toBe('');
    expect(options).toEqual([
      ['', 'All alerts'],
      ['hide', 'Hide matched alerts'],
      ['only', 'Only matched alerts'],
    ]);
  });

  it('shows the exceptions filter of the query', () => {
    const { filter } = renderFilters({ ...DEFAULT_ALERTS_PAGE_QUERY, exceptions: 'only' });

    expect(filter.value).toBe('only');
  });

  it('sends the exceptions filter', async () => {
    const { filter, onChange } = renderFilters(DEFAULT_ALERTS_PAGE_QUERY);

    await userEvent.selectOptions(filter, 'hide');

    expect(onChange).toHaveBeenLastCalledWith({ exceptions: 'hide' });
  });

  it('clears the exceptions filter', async () => {
    const { filter, onChange } = renderFilters({
      ...DEFAULT_ALERTS_PAGE_QUERY,
      exceptions: 'hide',
    });

    await userEvent.selectOptions(filter, '');

    expect(onChange).toHaveBeenLastCalledWith({ exceptions: undefined });
  });
});
