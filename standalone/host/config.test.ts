import { readHostConfig } from './config';

describe('readHostConfig', () => {
  it('uses the embedded engine by default', () => {
    const config = readHostConfig({}, '/repo');
    expect(config).toEqual({
      port: 5601,
      host: '127.0.0.1',
      dataDir: '/repo/.data',
      enginePort: 0,
      usersFile: '/repo/.data/users.json',
      sessionTimeoutMinutes: 60,
      elasticsearch: null,
      sampleData: { load: true, seed: 1, scale: 1 },
      spaces: ['default'],
    });
  });

  it('reads a cluster with basic authentication', () => {
    const config = readHostConfig(
      {
        ELASTICSEARCH_URL: 'https://localhost:9200',
        ELASTICSEARCH_USERNAME: 'elastic',
        ELASTICSEARCH_PASSWORD: 'changeme',
        DATA_DIR: '/var/lib/shi',
      },
      '/repo'
    );
    expect(config.elasticsearch).toEqual({
      url: 'https://localhost:9200',
      username: 'elastic',
      password: 'changeme',
      apiKey: undefined,
    });
    expect(config.sampleData.load).toBe(false);
    expect(config.dataDir).toBe('/var/lib/shi');
    expect(config.usersFile).toBe('/var/lib/shi/users.json');
  });

  it('reads the users file and the session timeout', () => {
    const config = readHostConfig(
      { USERS_FILE: '/etc/shi/users.json', SESSION_TIMEOUT_MINUTES: '15' },
      '/repo'
    );
    expect(config.usersFile).toBe('/etc/shi/users.json');
    expect(config.sessionTimeoutMinutes).toBe(15);
  });

  it('loads sample data into a cluster only when asked', () => {
    const config = readHostConfig(
      { ELASTICSEARCH_URL: 'http://localhost:9200', LOAD_SAMPLE_DATA: 'true' },
      '/repo'
    );
    expect(config.sampleData.load).toBe(true);
  });

  it('reads the spaces with the default space first', () => {
    const config = readHostConfig({ SPACES: ' blue, team_2,blue ' }, '/repo');
    expect(config.spaces).toEqual(['default', 'blue', 'team_2']);
  });

  it('keeps the default space listed once', () => {
    const config = readHostConfig({ SPACES: 'blue,default' }, '/repo');
    expect(config.spaces).toEqual(['default', 'blue']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT [eighty] must be a whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT [70000] must be a whole number'],
    [{ SAMPLE_DATA_SCALE: '0' }, 'SAMPLE_DATA_SCALE [0] must be a whole number from 1'],
    [{ SESSION_TIMEOUT_MINUTES: '0' }, 'SESSION_TIMEOUT_MINUTES [0] must be a whole number from 1'],
    [{ ELASTICSEARCH_URL: 'not a url' }, 'ELASTICSEARCH_URL [not a url] is not a valid URL'],
    [{ SPACES: 'Blue' }, 'SPACES [Blue] contains the invalid space id [Blue]'],
    [{ SPACES: 'blue,,red' }, 'SPACES [blue,,red] contains the invalid space id []'],
    [{ SPACES: 'blue team' }, 'SPACES [blue team] contains the invalid space id [blue team]'],
    [
      { ELASTICSEARCH_URL: 'http://localhost:9200', ELASTICSEARCH_USERNAME: 'elastic' },
      'Set both ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD',
    ],
    [
      {
        ELASTICSEARCH_URL: 'http://localhost:9200',
        ELASTICSEARCH_USERNAME: 'elastic',
        ELASTICSEARCH_PASSWORD: 'x',
        ELASTICSEARCH_API_KEY: 'key',
      },
      'Set either ELASTICSEARCH_API_KEY or a username and password',
    ],
  ])('rejects %j', (env, message) => {
    expect(() => readHostConfig(env, '/repo')).toThrow(message);
  });
});
