/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // isolatedModules: type checking is `npm run build`'s job; per-file transpiling keeps jest fast.
    "^.+\\.ts$": ["ts-jest", { isolatedModules: true }],
  },
  setupFilesAfterEnv: ["<rootDir>/test/support/setup.ts"],
  testTimeout: 120000,
};
