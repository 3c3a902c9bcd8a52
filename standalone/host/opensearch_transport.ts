import { Client, Transport, type TransportOptions } from '@elastic/elasticsearch';

/**
 * A transport that lets the `@elastic/elasticsearch` 9.x client talk to the embedded
 * OpenSearch 2.19 engine. The client passes two options that OpenSearch cannot satisfy,
 * so this class drops them before calling the parent constructor:
 * - `productCheck: 'Elasticsearch'` rejects every response without the
 *   `x-elastic-product: Elasticsearch` header, which OpenSearch never sends.
 * - `vendoredHeaders` sends `application/vnd.elasticsearch+json; compatible-with=9` as
 *   content type and accept header, which OpenSearch rejects with 406 Not Acceptable.
 * Without them, `@elastic/transport` 9.4 performs no product check and sends
 * `application/json` and `application/x-ndjson`.
 */
export class OpenSearchTransport extends Transport {
  constructor(options: TransportOptions) {
    // @elastic/transport reads both options with `??` and `?.`, so undefined acts as null.
    super({ ...options, productCheck: undefined, vendoredHeaders: undefined });
  }
}

/** Creates an `@elastic/elasticsearch` client for the embedded engine at `url`. */
export function createEngineClient(url: string): Client {
  return new Client({ node: url, Transport: OpenSearchTransport });
}
