import type { ElasticsearchClient } from '../../elasticsearch_client';
import type { Logger } from '../../kibana_contracts';

/** Per-request services of the investigation functions: clients, space, user, logger and clock. */
export interface InvestigationServices {
  /** Reads and writes the plugin-owned indices: Kibana's internal user. */
  internalClient: ElasticsearchClient;
  /** Reads and updates alerts with the privileges of the user who sent the request. */
  userClient: ElasticsearchClient;
  spaceId: string;
  /** Name of the user who sent the request, recorded on every change. */
  user: string;
  logger: Logger;
  /** Returns the current time as ISO 8601. */
  now(): string;
}
