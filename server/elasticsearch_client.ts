import type { Client } from '@elastic/elasticsearch';

/**
 * The client Kibana hands to route handlers (`asCurrentUser`, `asInternalUser`). Kibana
 * 9.x declares it as the `@elastic/elasticsearch` client without the members that manage
 * its connections, so a real Kibana client satisfies this type.
 */
export type ElasticsearchClient = Omit<
  Client,
  'connectionPool' | 'serializer' | 'extend' | 'close' | 'diagnostic'
>;
