/**
 * Four projects, one per kind of test (`npm run test:unit` and friends select one; `npm test`
 * runs them all, as CI does). The projects that run the bundles (end to end, and the
 * integration suite's writer thread) build them from src/ in their globalSetup, once per run
 * and only when one of their suites runs: a test never runs an old dist/.
 */
const typescript = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: false }]
  },
  // Every fast-check property runs with FC_SEED (default fixed), so CI is repeatable.
  setupFilesAfterEnv: ['<rootDir>/test/support/fast-check-seed.ts']
}

/** Builds the bundles from src/ before the project's suites run them (once per run). */
const bundle = {
  globalSetup: '<rootDir>/test/support/e2e-global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/e2e-global-teardown.mjs'
}

const project = (name, extra = {}) => ({
  ...typescript,
  displayName: name,
  roots: [`<rootDir>/test/${name}`],
  testMatch: ['**/*.test.ts'],
  ...extra
})

/** @type {import('jest').Config} */
export default {
  projects: [
    project('unit'),
    project('integration', bundle),
    project('e2e', bundle),
    project('render')
  ],
  // Browser and end-to-end suites start Chromium, git servers and Node 24; give them room.
  testTimeout: 120000,
  // Three workers on two cores: an end-to-end suite spends much of its time waiting, and a
  // third worker runs another suite meanwhile (figures in bench/RESULTS.md).
  maxWorkers: 3,
  // A worker past 400 MB after a test file is replaced: the property suites grow one that far,
  // and a worker that large did not always exit in time at the end of a run.
  workerIdleMemoryLimit: '400MB',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs']
}
