import type { InvestigationServices } from '../investigations/investigation_services';
import type { ExceptionListSync } from './exception_list_sync';

/** Per-request services of the exception functions: those of investigations and the list sync. */
export interface ExceptionServices extends InvestigationServices {
  /** Writes active exceptions to the rules' exception lists where the host has them. */
  listSync: ExceptionListSync;
}
