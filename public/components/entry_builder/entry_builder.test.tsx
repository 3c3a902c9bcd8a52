/** @jest-environment jsdom */
import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  createEntryDraft,
  toEntryInput,
  toExceptionDraft,
  type EntryDraft,
} from '../../lib/exception_draft';
import { MAX_ENTRY_COUNT } from '../../lib/exception_values';
import { validateExceptionDraft } from '../../lib/validate_exception_draft';
import { stubCanvasTextMetrics } from '../../test_helpers/canvas_text_stub';
import { buildExceptionFields } from '../../test_helpers/exception_fixtures';
import { renderInApp } from '../../test_helpers/render_in_app';
import { EntryBuilder } from './entry_builder';

stubCanvasTextMetrics();

const byTestId = (id: string) => screen.getByTestId(`simpleHttpInvestigation${id}`);

/** Holds the entries like the flyout does and shows every problem the shared schema finds. */
interface HarnessProps {
  initial: EntryDraft[];
  onEntries: (entries: EntryDraft[]) => void;
}

const Harness = ({ initial, onEntries }: HarnessProps) => {
  const [entries, setEntries] = useState(initial);
  const check = validateExceptionDraft({ ...toExceptionDraft(buildExceptionFields()), entries });

  return (
    <EntryBuilder
      entries={entries}
      errors={check.errors.entry}
      listError={check.errors.entries}
      onChange={(next) => {
        setEntries(next);
        onEntries(next);
      }}
    />
  );
};

const renderBuilder = (initial: EntryDraft[] = [createEntryDraft()]) => {
  const onEntries = jest.fn();
  renderInApp(<Harness initial={initial} onEntries={onEntries} />);

  const lastEntries = (): EntryDraft[] => onEntries.mock.calls[onEntries.mock.calls.length - 1][0];

  return { lastEntries };
};

describe('EntryBuilder', () => {
  it('builds valid entries of each type', async () => {
    const { lastEntries } = renderBuilder();

    await userEvent.type(byTestId('EntryValue-0'), 'python3');
    await userEvent.click(byTestId('EntryAddButton'));
    await userEvent.selectOptions(byTestId('EntryField-1'), 'source.ip');
    await userEvent.selectOptions(byTestId('EntryOperator-1'), 'excluded');
    await userEvent.selectOptions(byTestId('EntryType-1'), 'match_any');
    const values = within(byTestId('EntryValues-1')).getByRole('combobox');
    await userEvent.type(values, '10.0.0.0/8{Enter}');
    await userEvent.type(values, '127.0.0.1{Enter}');
    await userEvent.click(byTestId('EntryAddButton'));
    await userEvent.selectOptions(byTestId('EntryField-2'), 'user.name');
    await userEvent.selectOptions(byTestId('EntryType-2'), 'exists');

    expect(lastEntries().map(toEntryInput)).toEqual([
      { field: 'process.name', type: 'match', operator: 'included', value: 'python3' },
      {
        field: 'source.ip',
        type: 'match_any',
        operator: 'excluded',
        value: ['10.0.0.0/8', '127.0.0.1'],
      },
      { field: 'user.name', type: 'exists', operator: 'included' },
    ]);
    expect(screen.queryByTestId('simpleHttpInvestigationEntryErrors-0')).toBeNull();
    expect(screen.queryByTestId('simpleHttpInvestigationEntryErrors-1')).toBeNull();
    expect(screen.queryByTestId('simpleHttpInvestigationEntryErrors-2')).toBeNull();
  });

  it('shows the schema errors naming the entry', async () => {
    renderBuilder([
      createEntryDraft({ value: 'python3' }),
      createEntryDraft({ field: 'source.ip', value: '10.0.0.300' }),
    ]);

    const errors = byTestId('EntryErrors-1');
    expect(errors.textContent).toBe(
      'Entry 2 (source.ip): value must be an IP address or CIDR range such as 10.0.0.0/8'
    );
    expect(screen.queryByTestId('simpleHttpInvestigationEntryErrors-0')).toBeNull();

    await userEvent.selectOptions(byTestId('EntryType-1'), 'wildcard');

    expect(byTestId('EntryErrors-1').textContent).toBe(
      'Entry 2 (source.ip): type must be match, match_any or exists for source.ip, ' +
        'which has no wildcard search'
    );
  });

  it('removes rows but keeps the last one', async () => {
    const { lastEntries } = renderBuilder([
      createEntryDraft({ value: 'python3' }),
      createEntryDraft({ field: 'host.name', value: 'web-01' }),
    ]);

    await userEvent.click(byTestId('EntryRemove-0'));

    expect(lastEntries().map(toEntryInput)).toEqual([
      { field: 'host.name', type: 'match', operator: 'included', value: 'web-01' },
    ]);
    expect(byTestId('EntryRemove-0').hasAttribute('disabled')).toBe(true);
  });

  it('stops adding rows at the maximum', () => {
    renderBuilder(Array.from({ length: MAX_ENTRY_COUNT }, () => createEntryDraft({ value: 'x' })));

    expect(byTestId('EntryAddButton').hasAttribute('disabled')).toBe(true);
  });
});
