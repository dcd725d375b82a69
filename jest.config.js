/**
 * Jest: ts-jest on node; pane component tests opt into jsdom with a docblock. Transpile-only (tsconfig.jest.json sets
 * isolatedModules): `npm test` runs `tsc --noEmit` first, so type-checking each test file again only cost time.
 * The global set-up compiles the CLI once (test/support/globalSetup.js), for the suites that spawn it.
 */
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
  testTimeout: 120000,
};
