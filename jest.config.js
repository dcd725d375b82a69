/**
 * Jest: ts-jest on node; pane component tests opt into jsdom with a docblock. Transpile-only (tsconfig.jest.json sets
 * isolatedModules): `npm test` runs `tsc --noEmit` first, so type-checking each test file again only cost time.
 * The global set-up compiles the CLI once (test/support/globalSetup.js), for the suites that spawn it.
 *
 * One worker per core (jest's default leaves one core to itself, i.e. a single worker on a 2-core machine), at most
 * four: the LibreOffice and Chromium suites start processes of their own (each soffice call has a private profile,
 * each browser its own context), and more workers than that only add memory.
 */
const os = require("node:os");

module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  globalSetup: "<rootDir>/test/support/globalSetup.js",
  testSequencer: "<rootDir>/test/support/testSequencer.js",
  maxWorkers: Math.min(4, os.availableParallelism?.() ?? os.cpus().length),
  testTimeout: 120000,
};
