/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: false }]
  },
  // Browser and end-to-end suites start Chromium, git servers and Node 24; give them room.
  testTimeout: 120000,
  // Every fast-check property runs with FC_SEED (default fixed), so CI is repeatable.
  setupFilesAfterEnv: ['<rootDir>/test/support/fast-check-seed.ts'],
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs']
}
