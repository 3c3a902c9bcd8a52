/** @jest-environment jsdom */
import { screen } from '@testing-library/react';

import type { ExceptionListItemSync } from '../../../common/api/exceptions';
import { RULE_IDS } from '../../../common/constants';
import { renderInApp } from '../../test_helpers/render_in_app';
import { ExceptionListItemsCallout } from './exception_list_items_callout';

const item = (overrides: Partial<ExceptionListItemSync>): ExceptionListItemSync => ({
  rule_id: RULE_IDS.connection,
  list_id: 'rule-default-list',
  item_id: 'exception-1',
  status: 'synced',
  message: null,
  synced_at: '2026-12-04T10:00:00.000Z',
  ...overrides,
});

describe('ExceptionListItemsCallout', () => {
  it('renders nothing without items', () => {
    renderInApp(<ExceptionListItemsCallout items={[]} />);
    expect(screen.queryByTestId('simpleHttpInvestigationExceptionListItemsFailed')).toBeNull();
    expect(screen.queryByTestId('simpleHttpInvestigationExceptionListItemsSynced')).toBeNull();
  });

  it('warns with failed rule reasons', () => {
    renderInApp(
      <ExceptionListItemsCallout
        items={[
          item({}),
          item({
            rule_id: RULE_IDS.creation,
            status: 'failed',
            message: 'The rule has no default exception list.',
          }),
        ]}
      />
    );

    const callout = screen.getByTestId('simpleHttpInvestigationExceptionListItemsFailed');
    expect(callout.textContent).toContain(
      'Simple HTTP Web Server Creation: The rule has no default exception list.'
    );
    expect(callout.textContent).not.toContain('Simple HTTP Web Server Connection');
    expect(screen.queryByTestId('simpleHttpInvestigationExceptionListItemsSynced')).toBeNull();
  });

  it('lists written items on success', () => {
    renderInApp(<ExceptionListItemsCallout items={[item({})]} />);

    const callout = screen.getByTestId('simpleHttpInvestigationExceptionListItemsSynced');
    expect(callout.textContent).toContain('Simple HTTP Web Server Connection: item exception-1');
  });
});
