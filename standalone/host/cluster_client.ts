import { Client } from '@elastic/elasticsearch';

import type { ExternalCluster } from './config';

/** Creates a client for an Elasticsearch cluster with the credentials from the environment. */
export function createClusterClient(cluster: ExternalCluster): Client {
  if (cluster.apiKey) {
    return new Client({ node: cluster.url, auth: { apiKey: cluster.apiKey } });
  }
  if (cluster.username && cluster.password) {
    return new Client({
      node: cluster.url,
      auth: { username: cluster.username, password: cluster.password },
    });
  }
  return new Client({ node: cluster.url });
}
