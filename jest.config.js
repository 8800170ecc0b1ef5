/** Unit specs sit beside the code they test; integration specs (real Kafka, registry, Redis) live in test/. */
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testEnvironment: 'node',
};
export default {
  // Integration specs run the shipped CLI (bin/claimwire.js → dist/): compile it from the sources first.
  globalSetup: '<rootDir>/scripts/build.mjs',
  // A unit spec's first extract() loads the gazetteer and compiles the rules: on a loaded machine that alone can pass
  // jest's 5 s default, which is a safety net here, not a measure of speed (bench/ measures speed). Jest reads this
  // option only at the top level, not per project; integration specs give their own, longer timeouts.
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/services/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/test/**/*.spec.ts'] },
  ],
};
