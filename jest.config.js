/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // tsconfig's isolatedModules makes ts-jest transpile per file; type checking is `npm run build`'s job.
    "^.+\\.ts$": "ts-jest",
  },
  setupFilesAfterEnv: ["<rootDir>/test/support/setup.ts"],
  testTimeout: 120000,
};
