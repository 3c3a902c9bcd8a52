/** Unit tests sit beside their source; integration tests share one embedded engine. */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic', importSource: '@emotion/react' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

module.exports = {
  // Integration tests wait on a real engine; unit tests finish far below this.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/common', '<rootDir>/server', '<rootDir>/public', '<rootDir>/standalone'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform,
      // EUI depends on uuid, which ships only as ES modules.
      transformIgnorePatterns: ['/node_modules/(?!uuid/)'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/integration'],
      testMatch: ['**/*.test.ts'],
      globalSetup: '<rootDir>/test/integration/global_setup.ts',
      globalTeardown: '<rootDir>/test/integration/global_teardown.ts',
      transform,
    },
  ],
};
