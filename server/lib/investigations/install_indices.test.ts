import type { ElasticsearchClient } from '../../elasticsearch_client';
import type { Logger } from '../../kibana_contracts';
import type { ManagedIndex } from './index_definitions';
import { IndexInstaller } from './install_indices';

const definition: ManagedIndex = {
  index: '.test-index',
  templateName: 'test-template',
  description: 'test',
  mappings: { properties: { id: { type: 'keyword' } } },
};

function createLogger(): Logger & { messages: string[] } {
  const messages: string[] = [];
  const logger = {
    messages,
    debug: (message: string) => messages.push(`debug ${message}`),
    info: (message: string) => messages.push(`info ${message}`),
    warn: (message: string | Error) => messages.push(`warn ${String(message)}`),
    error: (message: string | Error) => messages.push(`error ${String(message)}`),
    get: () => logger,
  };
  return logger;
}

/** Creates a client whose template call fails `failures` times and then succeeds, for an existing index. */
function createClient(failures: number) {
  const calls: string[] = [];
  let remaining = failures;
  const client = {
    indices: {
      putIndexTemplate: async () => {
        calls.push('putIndexTemplate');
        if (remaining > 0) {
          remaining -= 1;
          throw new Error('connect ECONNREFUSED');
        }
        return { acknowledged: true };
      },
      exists: async () => {
        calls.push('exists');
        return true;
      },
      putMapping: async () => {
        calls.push('putMapping');
        return { acknowledged: true };
      },
      create: async () => {
        calls.push('create');
        return { acknowledged: true };
      },
    },
  };
  return { client: client as unknown as ElasticsearchClient, calls };
}

describe('IndexInstaller', () => {
  it('installs once and puts the mappings on an existing index', async () => {
    const { client, calls } = createClient(0);
    const logger = createLogger();
    const installer = new IndexInstaller(client, [definition], logger);

    installer.start();
    await installer.ready();
    await installer.ready();

    expect(calls).toEqual(['putIndexTemplate', 'exists', 'putMapping']);
    expect(logger.messages).toEqual(['info Installed the index templates and mappings of [.test-index]']);
  });

  it('logs a failure and tries again on the next ready', async () => {
    const { client, calls } = createClient(1);
    const logger = createLogger();
    const installer = new IndexInstaller(client, [definition], logger);

    installer.start();
    await expect(installer.ready()).rejects.toThrow('ECONNREFUSED');
    await installer.ready();

    expect(calls).toEqual(['putIndexTemplate', 'putIndexTemplate', 'exists', 'putMapping']);
    expect(logger.messages[0]).toContain('error Failed to install the index templates of [.test-index] (failure 1)');
    expect(logger.messages[1]).toContain('info Installed');
  });
});
