import type { ReactNode } from 'react';

import type { ProcessSummary } from '../../../common/api/evidence';
import { CommandLine } from '../command_line/command_line';
import { EmptyValue } from '../empty_value/empty_value';
import { FormattedTime } from '../formatted_time/formatted_time';
import * as i18n from './translations';

/** A row of `EuiDescriptionList`, which requires a non-empty description. */
export interface DescriptionItem {
  title: string;
  description: NonNullable<ReactNode>;
}

type DescriptionValue = DescriptionItem['description'];

const textOrEmpty = (value: string | number | null): DescriptionValue =>
  value === null || value === '' ? <EmptyValue /> : String(value);

export const formatUser = (name: string | null, id: string | null): DescriptionValue => {
  if (name === null) {
    return textOrEmpty(id);
  }

  return id === null ? name : i18n.userWithId(name, id);
};

export const formatProcessName = (
  process: Pick<ProcessSummary, 'name' | 'pid'>
): DescriptionValue => {
  if (process.name === null) {
    return textOrEmpty(process.pid);
  }

  return process.pid === null ? process.name : i18n.processWithPid(process.name, process.pid);
};

/** Returns the description list entries of a process: the server, its parent or an ancestor. */
export const processDescriptionItems = (process: ProcessSummary): DescriptionItem[] => [
  { title: i18n.FIELD_PROCESS, description: formatProcessName(process) },
  { title: i18n.FIELD_EXECUTABLE, description: <CommandLine value={process.executable} /> },
  { title: i18n.FIELD_COMMAND_LINE, description: <CommandLine value={process.command_line} /> },
  {
    title: i18n.FIELD_WORKING_DIRECTORY,
    description: <CommandLine value={process.working_directory} />,
  },
  { title: i18n.FIELD_USER, description: formatUser(process.user_name, process.user_id) },
  { title: i18n.FIELD_STARTED, description: <FormattedTime value={process.start} /> },
  { title: i18n.FIELD_ENTITY_ID, description: <CommandLine value={process.entity_id} /> },
];
